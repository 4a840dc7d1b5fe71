package mx.infoqro.gobiernoabierto.mesa;

import java.time.OffsetDateTime;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;

/**
 * The form of Task_ProgramarSesionStl: the edition (among those with the forum installed), the
 * session's date, place or link, and its agenda (public).
 */
@Formulario("programar-sesion-stl")
public record FormularioProgramarSesionStl(
    String sesionFolio,
    List<OpcionFormulario> ejerciciosOpciones,
    Long ejercicioId,
    OffsetDateTime fechaHora,
    String lugar,
    String enlace,
    String ordenDia) {

  /** The commission schedules a session of the edition's forum. */
  public static FormularioProgramarSesionStl programar(
      Long ejercicioId, OffsetDateTime fechaHora, String lugar, String enlace, String ordenDia) {
    return new FormularioProgramarSesionStl(null, null, ejercicioId, fechaHora, lugar, enlace, ordenDia);
  }
}
