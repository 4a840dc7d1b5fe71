package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.springframework.stereotype.Component;

/** Task_AprobarCompromisoPleno: the Pleno approves the commitment or returns it. */
@Component("aprobarCompromisoPlenoListener")
class AprobarCompromisoPlenoListener extends TareaDecisionCompromiso<FormularioAprobarCompromisoPleno> {

  AprobarCompromisoPlenoListener(AprobacionCompromisoService servicio, Auditoria auditoria) {
    super(FormularioAprobarCompromisoPleno.class, servicio, auditoria, FormularioAprobarCompromisoPleno::de);
  }

  @Override
  protected void decidir(Long compromisoId, FormularioAprobarCompromisoPleno f, String usuario) {
    servicio.decidirPleno(compromisoId, f.decision(), f.observaciones(), usuario);
  }
}
