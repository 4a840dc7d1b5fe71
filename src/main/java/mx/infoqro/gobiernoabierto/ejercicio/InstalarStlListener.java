package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_InstalarStl: an empty form; hands the installation to the service, which checks the forum's composition. */
@Component("instalarStlListener")
class InstalarStlListener extends ListenerFormulario<FormularioInstalarStl> {

  private final StlService stl;
  private final Auditoria auditoria;

  InstalarStlListener(StlService stl, Auditoria auditoria) {
    super(FormularioInstalarStl.class);
    this.stl = stl;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioInstalarStl prellenar(DelegateTask tarea) {
    return new FormularioInstalarStl(null, List.of(), null, null);
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioInstalarStl f) {
    stl.instalar(EjercicioBpmn.ejercicioId(tarea), f, auditoria.actor(tarea));
  }
}
