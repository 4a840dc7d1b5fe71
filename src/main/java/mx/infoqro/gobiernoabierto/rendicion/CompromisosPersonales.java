package mx.infoqro.gobiernoabierto.rendicion;

import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments of the published plans as the participant's personal page lists them, each with
 * whether the participant follows it (the page's fragment {@code rendicion/fragmentos :: seguir}
 * calls it, so the personal page needs no code of its own for it).
 */
@Component("compromisosPersonales")
public class CompromisosPersonales {

  public record CompromisoSeguible(String folio, String titulo, String edicion, String sujeto, boolean siguiendo) {}

  private final CompromisosPublicados publicados;
  private final SeguidoresCompromiso seguidores;

  CompromisosPersonales(CompromisosPublicados publicados, SeguidoresCompromiso seguidores) {
    this.publicados = publicados;
    this.seguidores = seguidores;
  }

  /** Every commitment of a published plan, those the participant follows first. */
  @Transactional(readOnly = true)
  public List<CompromisoSeguible> de(Long participanteId) {
    Set<Long> seguidos = seguidores.seguidosPor(participanteId);
    return publicados.compromisos().stream()
        .map(c -> new CompromisoSeguible(c.folio(), c.titulo(), c.edicion(), c.sujeto(), seguidos.contains(c.id())))
        .sorted((a, b) -> Boolean.compare(b.siguiendo(), a.siguiendo()))
        .toList();
  }
}
