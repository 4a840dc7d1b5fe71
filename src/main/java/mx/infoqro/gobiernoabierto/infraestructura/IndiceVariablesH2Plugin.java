package mx.infoqro.gobiernoabierto.infraestructura;

import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * On H2 only: an index on the engine's variables by execution and name, created right after the
 * engine's own schema operations (under its start-up lock, so once however many nodes start).
 *
 * <p>The engine reads an execution's variables by name with {@code where EXECUTION_ID_ = ? and
 * TASK_ID_ is null and NAME_ in (…)}. H2's planner prefers the engine's index on {@code (TASK_ID_,
 * NAME_, TYPE_)} for it, taking {@code TASK_ID_ is null} as an equality, and so reads every
 * variable of every running process that is not a task's: each look-up grew with the number of
 * open cases (in B1, 5 % of the test thread's CPU with a few hundred open cases). With this index
 * it reads the execution's own. PostgreSQL's planner, which keeps statistics, already uses the
 * engine's index on {@code EXECUTION_ID_}.
 */
@Component
class IndiceVariablesH2Plugin extends AbstractProcessEnginePlugin {

  static final String INDICE = "GA_IDX_VARIABLE_EJECUCION_NOMBRE";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuracion) {
    if (!"h2".equals(configuracion.getDatabaseType())) {
      return;
    }
    String tabla = configuracion.getDatabaseTablePrefix() + "ACT_RU_VARIABLE";
    SchemaOperationsCommand esquema = configuracion.getSchemaOperationsCommand();
    configuracion.setSchemaOperationsCommand(
        contexto -> {
          esquema.execute(contexto);
          crear(contexto, tabla);
          return null;
        });
  }

  private static void crear(CommandContext contexto, String tabla) {
    try (Statement sentencia = contexto.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
      sentencia.execute("create index if not exists " + INDICE + " on " + tabla + " (EXECUTION_ID_, NAME_)");
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not create index " + INDICE + " on " + tabla, e);
    }
  }
}
