package mx.infoqro.gobiernoabierto.rendicion;

import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.EdicionConPlan;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, after the running instances moved to the latest models ({@code
 * actualizacion/MigracionAlArrancar}, order 5): every edition whose plan is published and which is
 * not closed has its cadence watch, so a database from a release without the watch gets one per
 * edition in implementation. Among the start-up runners, so under the cluster's start-up lock (one
 * node starts them, the next finds them started); once per business key ({@link
 * VigilanciaEstandaresProcesos#iniciar}). A failure is logged and never stops the start.
 */
@Component
@Order(6)
class VigilanciaAlArrancar implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(VigilanciaAlArrancar.class);

  private final PlanesPublicados planes;
  private final ConsultaEjercicios ejercicios;
  private final VigilanciaEstandaresProcesos procesos;

  VigilanciaAlArrancar(PlanesPublicados planes, ConsultaEjercicios ejercicios, VigilanciaEstandaresProcesos procesos) {
    this.planes = planes;
    this.ejercicios = ejercicios;
    this.procesos = procesos;
  }

  @Override
  public void run(ApplicationArguments argumentos) {
    for (EdicionConPlan edicion : planes.ediciones()) {
      try {
        ejercicios.porFolio(edicion.folio()).filter(e -> e.getEstado() != Ejercicio.EstadoEjercicio.CERRADO)
            .filter(e -> procesos.iniciar(e.getId()))
            .ifPresent(e -> LOG.info("Vigilancia de estándares iniciada para el ejercicio {}", e.getFolio()));
      } catch (RuntimeException e) {
        LOG.error("Vigilancia de estándares: no se pudo iniciar la del ejercicio {}", edicion.folio(), e);
      }
    }
  }
}
