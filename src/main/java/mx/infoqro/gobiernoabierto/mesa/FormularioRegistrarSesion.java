package mx.infoqro.gobiernoabierto.mesa;

import java.time.OffsetDateTime;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;

/**
 * The form of Task_RegistrarSesion: the session held (among the scheduled ones), attendance,
 * minutes, the proposals presented, whether the table finished its work ({@link
 * MesaBpmn#VAR_MESA_CERRADA}, read by the model) and, when it goes on, an optional new session.
 */
@Formulario("registrar-sesion")
public record FormularioRegistrarSesion(
    String mesaFolio,
    String mesaEje,
    List<OpcionFormulario> sesionesOpciones,
    Long sesionId,
    Integer asistentes,
    String listaAsistencia,
    String acta,
    List<NuevaPropuesta> propuestas,
    @Formulario.Decision Boolean mesaCerrada,
    OffsetDateTime nuevaSesionFechaHora,
    String nuevaSesionLugar,
    String nuevaSesionEnlace) {

  /**
   * The facilitator records the session held: attendance, minutes, the proposals presented, whether
   * the table finished its work and, when it goes on, an optional new session (null: none); the
   * table's header and the sessions offered are read-only.
   */
  public static FormularioRegistrarSesion registro(
      Long sesionId, Integer asistentes, String listaAsistencia, String acta, List<NuevaPropuesta> propuestas,
      Boolean mesaCerrada, SesionesMesa.NuevaSesion nuevaSesion) {
    return new FormularioRegistrarSesion(
        null, null, null, sesionId, asistentes, listaAsistencia, acta, propuestas, mesaCerrada,
        nuevaSesion == null ? null : nuevaSesion.fechaHora(), nuevaSesion == null ? null : nuevaSesion.lugar(),
        nuevaSesion == null ? null : nuevaSesion.enlace());
  }

  /** {@link #registro} of the table's last session: it finished its work, no session follows. */
  public static FormularioRegistrarSesion ultimaSesion(
      Long sesionId, Integer asistentes, String listaAsistencia, String acta, List<NuevaPropuesta> propuestas) {
    return registro(sesionId, asistentes, listaAsistencia, acta, propuestas, true, null);
  }

  /** The new session the form schedules, or null when its three fields are empty. */
  SesionesMesa.NuevaSesion nuevaSesion() {
    if (nuevaSesionFechaHora == null && nuevaSesionLugar == null && nuevaSesionEnlace == null) {
      return null;
    }
    return new SesionesMesa.NuevaSesion(nuevaSesionFechaHora, nuevaSesionLugar, nuevaSesionEnlace);
  }

  /** What the service records. */
  SesionesMesa.RegistroSesion registro() {
    return new SesionesMesa.RegistroSesion(
        sesionId, asistentes, listaAsistencia, acta, propuestas, nuevaSesion(), mesaCerrada);
  }
}
