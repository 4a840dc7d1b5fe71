package mx.infoqro.gobiernoabierto.compromiso;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
      for (Long id : porCompromiso.get(i)) {
        String etiqueta = "Compromiso " + (i + 1) + ": la propuesta #" + id;
        if (!todas.contains(id)) {
          throw new ValidacionException(etiqueta + " no es de esta mesa.");
        }
        if (!incorporadas.contains(id)) {
          throw new ValidacionException(etiqueta + " no se respondió como incorporada a un compromiso.");
        }
        if (!usadas.add(id)) {
          throw new ValidacionException(etiqueta + " ya alimenta otro compromiso.");
        }
      }
    }
  }
}
