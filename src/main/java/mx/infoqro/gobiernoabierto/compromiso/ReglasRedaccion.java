package mx.infoqro.gobiernoabierto.compromiso;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/** Rules of a table's drafting of commitments (Task_RedactarCompromisos), pure and testable. */
final class ReglasRedaccion {

  private ReglasRedaccion() {}

  /**
   * The proposals a table says feed its drafts: proposals of the table taken into a commitment
   * (INCORPORADA), each feeding one draft only.
   *
   * @param incorporadas ids of the table's proposals answered INCORPORADA
   * @param todas ids of all the table's proposals
   * @param porCompromiso for each draft, in order, the proposal ids it says it takes
   */
  static void validarPropuestasAtendidas(
      Set<Long> incorporadas, Set<Long> todas, List<List<Long>> porCompromiso) {
    Set<Long> usadas = new HashSet<>();
    for (int i = 0; i < porCompromiso.size(); i++) {
      String compromiso = Mensajes.texto("compromiso.borrador.etiqueta", String.valueOf(i + 1));
      for (Long id : porCompromiso.get(i)) {
        String propuesta = String.valueOf(id);
        if (!todas.contains(id)) {
          throw ValidacionException.de("compromiso.redaccion.propuesta-ajena", compromiso, propuesta);
        }
        if (!incorporadas.contains(id)) {
          throw ValidacionException.de("compromiso.redaccion.propuesta-no-incorporada", compromiso, propuesta);
        }
        if (!usadas.add(id)) {
          throw ValidacionException.de("compromiso.redaccion.propuesta-usada", compromiso, propuesta);
        }
      }
    }
  }
}
