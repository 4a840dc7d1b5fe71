package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.cambioId;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.compromiso.VistasCambio.VistaCambio;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_RevisarCambioStl: the STL approves (applied now, or on to the Pleno: {@code requierePleno}),
 * returns (at most {@link ReglasCambio#DEVOLUCIONES_MAXIMAS} times) or rejects the request.
 */
@Component("revisarCambioStlListener")
class RevisarCambioStlListener extends ListenerFormulario<FormularioRevisarCambioStl> {

  private final CambiosCompromiso cambios;
  private final VistasCambio vistas;
  private final Auditoria auditoria;

  RevisarCambioStlListener(CambiosCompromiso cambios, VistasCambio vistas, Auditoria auditoria) {
    super(FormularioRevisarCambioStl.class);
    this.cambios = cambios;
    this.vistas = vistas;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioRevisarCambioStl prellenar(DelegateTask tarea) {
    VistaCambio v = vistas.vista(cambioId(tarea));
    return new FormularioRevisarCambioStl(v.folio(), v.titulo(), v.sujetoResponsable(), v.cambios(), v.justificacion(),
        v.evidencias(), Mensajes.texto("cambio.devoluciones", v.devoluciones(), ReglasCambio.DEVOLUCIONES_MAXIMAS),
        null, null, null);
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioRevisarCambioStl f) {
    Long id = cambioId(tarea);
    String usuario = auditoria.actor(tarea);
    switch (f.decisionStl()) {
      case CambioCompromisoBpmn.APROBAR ->
          tarea.getExecution().setVariable(CambioCompromisoBpmn.VAR_REQUIERE_PLENO, cambios.aprobarStl(id, usuario));
      case CambioCompromisoBpmn.DEVOLVER -> cambios.devolver(id, usuario, f.observaciones());
      case CambioCompromisoBpmn.RECHAZAR -> cambios.rechazar(id, usuario, f.motivoRechazo());
      default -> throw new IllegalArgumentException("Unknown decision " + f.decisionStl());
    }
  }
}
