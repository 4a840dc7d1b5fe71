package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.springframework.stereotype.Component;

/** Task_RevisarCompromisoStl: the STL's review of the draft against the commitment criteria. */
@Component("revisarCompromisoStlListener")
class RevisarCompromisoStlListener extends TareaDecisionCompromiso<FormularioRevisarCompromisoStl> {

  RevisarCompromisoStlListener(AprobacionCompromisoService servicio, Auditoria auditoria) {
    super(FormularioRevisarCompromisoStl.class, servicio, auditoria, FormularioRevisarCompromisoStl::de);
  }

  @Override
  protected void decidir(Long compromisoId, FormularioRevisarCompromisoStl f, String usuario) {
    servicio.revisarStl(compromisoId, f.revision(), usuario);
  }
}
