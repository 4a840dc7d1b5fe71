package mx.infoqro.gobiernoabierto.compromiso;

import java.util.function.Function;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Base of the listeners of the three decision tasks on a draft (STL, agency, Pleno): the form opens
 * on the read-only view of the draft with nothing decided (the decision of an earlier round is gone,
 * see {@code Formulario.Decision}); the submitted form goes to the step's service method, which
 * validates and stores it. The decision itself lands in the process scope, where the gateway reads
 * it.
 *
 * @param <F> the step's form
 */
abstract class TareaDecisionCompromiso<F extends Record & FormularioDecisionCompromiso> extends ListenerFormulario<F> {

  protected final AprobacionCompromisoService servicio;
  private final Auditoria auditoria;
  private final Function<VistaCompromiso, F> formulario;

  TareaDecisionCompromiso(
      Class<F> tipo, AprobacionCompromisoService servicio, Auditoria auditoria, Function<VistaCompromiso, F> formulario) {
    super(tipo);
    this.servicio = servicio;
    this.auditoria = auditoria;
    this.formulario = formulario;
  }

  @Override
  protected final F prellenar(DelegateTask tarea) {
    return formulario.apply(servicio.vista(AprobacionCompromisoBpmn.compromisoId(tarea)));
  }

  @Override
  protected final void completar(DelegateTask tarea, F f) {
    decidir(AprobacionCompromisoBpmn.compromisoId(tarea), f, auditoria.actor(tarea));
  }

  /** Hands the submitted form to the step's service method. */
  protected abstract void decidir(Long compromisoId, F formulario, String usuario);
}
