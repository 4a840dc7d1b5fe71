package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.PlanAccionPublicado;
import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ReglasRegistro;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a plan is published, the registered authors of the proposals each commitment incorporated
 * follow it ({@link SeguidoresCompromiso}), unless they opposed communications, were anonymised,
 * or stopped following it.
 */
@Component
class AutoresComoSeguidores {

  private final PlanesPublicados planes;
  private final ConsultaCompromisos compromisos;
  private final ConsultaMesas mesas;
  private final SeguidoresCompromiso seguidores;

  AutoresComoSeguidores(
      PlanesPublicados planes, ConsultaCompromisos compromisos, ConsultaMesas mesas, SeguidoresCompromiso seguidores) {
    this.planes = planes;
    this.compromisos = compromisos;
    this.mesas = mesas;
    this.seguidores = seguidores;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void seguirAutores(PlanAccionPublicado publicado) {
    for (Long compromisoId : planes.delPlan(publicado.ejercicioId())) {
      Compromiso compromiso = compromisos.compromiso(compromisoId);
      for (Propuesta propuesta : mesas.deCompromiso(compromisoId)) {
        Participante autor = propuesta.getParticipante();
        if (autor == null || autor.getNoContactar() != null || !ReglasRegistro.correoValido(autor.getCorreo())) {
          continue;
        }
        seguidores.seguirComoAutor(compromiso, autor);
      }
    }
  }
}
