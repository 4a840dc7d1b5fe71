package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn.*;

import mx.infoqro.gobiernoabierto.compromiso.PlanAccionPublicado;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.InformeFinalPublicado;
import mx.infoqro.gobiernoabierto.mesa.EvidenciaForo;
import mx.infoqro.gobiernoabierto.seguimiento.ReportePublicado;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadence watch's facade over the engine: one instance per edition (business key: its folio),
 * started when its plan is published (in {@code Task_PublicarPlanAccion}'s transaction, through
 * {@link PlanAccionPublicado}), woken when evidence arrives (a STL session held or its minutes
 * published, a report published) and ended when the edition closes ({@code Task_CerrarEjercicio},
 * through {@link InformeFinalPublicado}). The lower features publish their events and never know
 * the watch.
 */
@Component
public class VigilanciaEstandaresProcesos {

  private final RuntimeService runtime;
  private final HistoryService historia;
  private final ConsultaEjercicios ejercicios;

  VigilanciaEstandaresProcesos(RuntimeService runtime, HistoryService historia, ConsultaEjercicios ejercicios) {
    this.runtime = runtime;
    this.historia = historia;
    this.ejercicios = ejercicios;
  }

  /** Starts the edition's watch unless one was ever started for it (once per business key); whether it started. */
  @Transactional
  public boolean iniciar(Long ejercicioId) {
    String folio = ejercicios.ejercicio(ejercicioId).getFolio();
    if (historia.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(folio).count() > 0) {
      return false;
    }
    runtime.startProcessInstanceByKey(KEY, folio, Variables.putValue(VAR_EJERCICIO_ID, ejercicioId));
    return true;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void planPublicado(PlanAccionPublicado publicado) {
    iniciar(publicado.ejercicioId());
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void evidenciaForo(EvidenciaForo evidencia) {
    correlacionar(evidencia.ejercicioId(), MENSAJE_EVIDENCIA);
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void reportePublicado(ReportePublicado publicado) {
    correlacionar(publicado.ejercicioId(), MENSAJE_EVIDENCIA);
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void ejercicioCerrado(InformeFinalPublicado publicado) {
    correlacionar(publicado.ejercicioId(), MENSAJE_TERMINADA);
  }

  /** Every standard of the edition's watch waiting for the message gets it; none waiting, nothing happens. */
  private void correlacionar(Long ejercicioId, String mensaje) {
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    runtime.createMessageCorrelation(mensaje).processInstanceBusinessKey(e.getFolio()).correlateAll();
  }
}
