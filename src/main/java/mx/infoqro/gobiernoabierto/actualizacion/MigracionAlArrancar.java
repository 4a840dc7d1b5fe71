package mx.infoqro.gobiernoabierto.actualizacion;

import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Origen;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, right after the deployment of the models: the running instances move to the
 * latest version of their process. It runs among the start-up runners, so while this node holds
 * the cluster's start-up lock (one node migrates, the next finds nothing left), before the job
 * executor takes a job (it starts once the application is ready) and before the web answers (503
 * until then). A failure is logged and never stops the start: what was not migrated stays on its
 * version, and the operations page says so.
 */
@Component
@Order(5)
class MigracionAlArrancar implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(MigracionAlArrancar.class);

  private final MigracionInstancias migraciones;

  MigracionAlArrancar(MigracionInstancias migraciones) {
    this.migraciones = migraciones;
  }

  @Override
  public void run(ApplicationArguments argumentos) {
    try {
      migraciones.migrar(Origen.ARRANQUE, Auditoria.SISTEMA);
    } catch (RuntimeException e) {
      LOG.error("Migraciones: la ejecución se interrumpió; las instancias no migradas siguen en su versión", e);
    }
  }
}
