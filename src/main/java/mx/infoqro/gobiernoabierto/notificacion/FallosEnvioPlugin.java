package mx.infoqro.gobiernoabierto.notificacion;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records a failed delivery in its outbox row ({@code intentos}, {@code ultimoError}) in the same
 * transaction in which the engine decrements the job's retries (or raises the incident), after the
 * failed attempt's transaction was rolled back. So the record survives the rollback and needs no
 * second database connection while the job holds one (a nested transaction per job thread could
 * exhaust the pool). Other failed jobs are handled exactly as by default.
 */
@Component
class FallosEnvioPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<EnvioCorreoService> envio;

  FallosEnvioPlugin(ObjectProvider<EnvioCorreoService> envio) {
    this.envio = envio;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    FailedJobCommandFactory predeterminada =
        configuracion.getFailedJobCommandFactory() != null
            ? configuracion.getFailedJobCommandFactory()
            : new DefaultFailedJobCommandFactory();
    configuracion.setFailedJobCommandFactory(
        (jobId, excepcion) -> {
          Command<Object> reintento = predeterminada.getCommand(jobId, excepcion);
          EnvioFallidoException fallo = envioFallido(excepcion);
          if (fallo == null) {
            return reintento;
          }
          return contexto -> {
            Object resultado = reintento.execute(contexto);
            envio.getObject().registrarFallo(fallo.getNotificacionId(), fallo.getDetalle());
            return resultado;
          };
        });
  }

  private static EnvioFallidoException envioFallido(Throwable excepcion) {
    for (Throwable t = excepcion; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EnvioFallidoException e) {
        return e;
      }
    }
    return null;
  }
}
