package mx.infoqro.gobiernoabierto.comun;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers {@link HistorialSinFormularios} (selected with {@code camunda.bpm.history-level}) and
 * moves a database whose stored history level is {@code full} to it, once, at start-up: the engine
 * refuses to start when the configured level's id differs from the stored one, and this level only
 * records less than {@code full}. It runs right after the engine's own schema operations, before
 * the engine checks the level, under the engine's start-up lock (several nodes may start at once).
 */
@Component
class HistorialSinFormulariosPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(HistorialSinFormulariosPlugin.class);

  static final String PROPIEDAD = "historyLevel";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    List<HistoryLevel> niveles =
        configuracion.getCustomHistoryLevels() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuracion.getCustomHistoryLevels());
    niveles.add(new HistorialSinFormularios());
    configuracion.setCustomHistoryLevels(niveles);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuracion) {
    if (!(configuracion.getHistoryLevel() instanceof HistorialSinFormularios)) {
      return;
    }
    SchemaOperationsCommand esquema = configuracion.getSchemaOperationsCommand();
    configuracion.setSchemaOperationsCommand(
        contexto -> {
          esquema.execute(contexto);
          desdeCompleto(contexto);
          return null;
        });
  }

  /** A database stored at {@code full} (id 3) moves to this level. */
  private static void desdeCompleto(CommandContext contexto) {
    if (contexto.getPropertyManager().findPropertyById(PROPIEDAD) == null) {
      return; // a new database: the engine stores the configured level itself
    }
    contexto.getPropertyManager().acquireExclusiveLockForStartup();
    PropertyEntity nivel = contexto.getPropertyManager().findPropertyById(PROPIEDAD);
    if (String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()).equals(nivel.getValue())) {
      nivel.setValue(String.valueOf(HistorialSinFormularios.ID));
      LOG.info(
          "History level of the database moved from {} to {}: form values are no longer recorded in history",
          ProcessEngineConfiguration.HISTORY_FULL,
          HistorialSinFormularios.NOMBRE);
    }
  }
}
