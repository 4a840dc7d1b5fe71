package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.cambioId;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.compromiso.VistasCambio.VistaCambio;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_AprobarCambioPleno: the Pleno approves (applied now) or rejects, with a public reason, a change of scope or agency. */
@Component("aprobarCambioPlenoListener")
class AprobarCambioPlenoListener extends ListenerFormulario<FormularioAprobarCambioPleno> {

  private final CambiosCompromiso cambios;
  private final VistasCambio vistas;
  private final Auditoria auditoria;

  AprobarCambioPlenoListener(CambiosCompromiso cambios, VistasCambio vistas, Auditoria auditoria) {
    super(FormularioAprobarCambioPleno.class);
    this.cambios = cambios;
    this.vistas = vistas;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioAprobarCambioPleno prellenar(DelegateTask tarea) {
    VistaCambio v = vistas.vista(cambioId(tarea));
    return new FormularioAprobarCambioPleno(v.folio(), v.titulo(), v.sujetoResponsable(), v.cambios(), v.justificacion(),
        v.evidencias(), null, null);
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioAprobarCambioPleno f) {
    Long id = cambioId(tarea);
    String usuario = auditoria.actor(tarea);
    switch (f.decisionPleno()) {
      case CambioCompromisoBpmn.APROBAR -> cambios.aprobarPleno(id, usuario);
      case CambioCompromisoBpmn.RECHAZAR -> cambios.rechazar(id, usuario, f.motivoRechazo());
      default -> throw new IllegalArgumentException("Unknown decision " + f.decisionPleno());
    }
  }
}
