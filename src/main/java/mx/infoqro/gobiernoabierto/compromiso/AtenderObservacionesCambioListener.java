package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.cambioId;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.compromiso.VistasCambio.VistaCambio;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_AtenderObservacionesCambio: the returned request, prefilled as it stands; the correction replaces it. */
@Component("atenderObservacionesCambioListener")
class AtenderObservacionesCambioListener extends ListenerFormulario<FormularioAtenderObservacionesCambio> {

  private final CambiosCompromiso cambios;
  private final VistasCambio vistas;
  private final Auditoria auditoria;

  AtenderObservacionesCambioListener(CambiosCompromiso cambios, VistasCambio vistas, Auditoria auditoria) {
    super(FormularioAtenderObservacionesCambio.class);
    this.cambios = cambios;
    this.vistas = vistas;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioAtenderObservacionesCambio prellenar(DelegateTask tarea) {
    VistaCambio v = vistas.vista(cambioId(tarea));
    SolicitudCambio s = vistas.solicitud(cambioId(tarea));
    return new FormularioAtenderObservacionesCambio(v.folio(), v.titulo(), v.observaciones(), v.cambios(),
        FormularioSolicitarCambio.filas(s), s.descripcion(), s.comoResuelve(), vistas.sujetosOpciones(),
        s.sujetoResponsable(), s.otrosActores(), s.justificacion(), s.evidencias());
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioAtenderObservacionesCambio f) {
    cambios.corregir(cambioId(tarea), auditoria.actor(tarea), f.solicitud());
  }
}
