package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.springframework.stereotype.Component;

/** Task_AceptarCompromiso: the responsible agency's liaison accepts the commitment or returns it. */
@Component("aceptarCompromisoListener")
class AceptarCompromisoListener extends TareaDecisionCompromiso<FormularioAceptarCompromiso> {

  AceptarCompromisoListener(AprobacionCompromisoService servicio, Auditoria auditoria) {
    super(FormularioAceptarCompromiso.class, servicio, auditoria, FormularioAceptarCompromiso::de);
  }

  @Override
  protected void decidir(Long compromisoId, FormularioAceptarCompromiso f, String usuario) {
    servicio.decidirAceptacion(compromisoId, f.decision(), f.observaciones(), usuario);
  }
}
