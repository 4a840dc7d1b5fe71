package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.springframework.stereotype.Component;

/**
 * Facilitators work only their own tables. A table's first task (programming its sessions) is for
 * any facilitator; whoever does it becomes the table's facilitator, and every later task of the
 * table is assigned to that person alone, outside the {@code facilitadores} pool, so other
 * facilitators neither see nor work it. The table's user tasks read
 * {@code camunda:assignee="${facilitacion.asignado(mesaId)}"} and
 * {@code camunda:candidateGroups="${facilitacion.grupos(mesaId)}"}.
 */
@Component("facilitacion")
public class Facilitacion {

  private final MesaService mesas;

  Facilitacion(MesaService mesas) {
    this.mesas = mesas;
  }

  /** The table's facilitator, or null while the table has none. */
  public String asignado(Long mesaId) {
    return mesas.facilitador(mesaId).orElse(null);
  }

  /** The pool of facilitators while the table has no facilitator; no group afterwards. */
  public List<String> grupos(Long mesaId) {
    return mesas.facilitador(mesaId).isPresent() ? List.of() : List.of(Grupos.FACILITADORES);
  }
}
