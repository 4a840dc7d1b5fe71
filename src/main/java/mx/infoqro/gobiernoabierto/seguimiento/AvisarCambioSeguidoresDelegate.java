package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.CambiosCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.VistasCambio;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AvisarCambioSeguidores of {@code cambio-compromiso} (async): the followers of the changed
 * commitment get a mail through the outbox, with their unfollow link; opposition honoured. Here, in
 * the follow-up, because the followers are the follow-up's.
 */
@Component("avisarCambioSeguidoresDelegate")
class AvisarCambioSeguidoresDelegate implements JavaDelegate {

  private final CambiosCompromiso cambios;
  private final VistasCambio vistas;
  private final AvisosSeguidores avisos;
  private final Plazos plazos;

  AvisarCambioSeguidoresDelegate(CambiosCompromiso cambios, VistasCambio vistas, AvisosSeguidores avisos, Plazos plazos) {
    this.cambios = cambios;
    this.vistas = vistas;
    this.avisos = avisos;
    this.plazos = plazos;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Long id = CambioCompromisoBpmn.cambioId(ejecucion);
    CambioCompromiso cambio = cambios.cambio(id);
    avisos.cambioAprobado(cambio.getCompromiso(), cambio.getVersion(), plazos.dia(cambio.getDecidido()),
        cambio.getJustificacion(), vistas.resumen(id));
  }
}
