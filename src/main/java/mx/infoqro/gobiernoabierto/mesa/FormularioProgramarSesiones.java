package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;

/**
 * The form of Task_ProgramarSesiones: the table's folio and axis (header) and the sessions to
 * schedule, one row each (opens with one empty row).
 */
@Formulario("programar-sesiones")
public record FormularioProgramarSesiones(String mesaFolio, String mesaEje, List<NuevaSesion> sesiones) {

  /** The facilitator schedules these sessions (the table's header is read-only). */
  public static FormularioProgramarSesiones programar(List<NuevaSesion> sesiones) {
    return new FormularioProgramarSesiones(null, null, sesiones);
  }

  /** {@link #programar(List)} for sessions given one by one. */
  public static FormularioProgramarSesiones programar(NuevaSesion... sesiones) {
    return programar(List.of(sesiones));
  }
}
