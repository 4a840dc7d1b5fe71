package mx.infoqro.gobiernoabierto.mesa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos.CompromisoRedactado;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;

/**
 * The values the table's Camunda Forms submit, built from the forms' records as Tasklist sends them
 * ({@link Formularios#variables}: lists as Json, select values as text, dates as ISO text).
 */
public final class FormulariosMesaPrueba {

  private FormulariosMesaPrueba() {}

  public static NuevaSesion sesion(OffsetDateTime fechaHora, String lugar, String enlace) {
    return new NuevaSesion(fechaHora, lugar, enlace);
  }

  public static Map<String, Object> programarSesiones(NuevaSesion... sesiones) {
    return Formularios.variables(FormularioProgramarSesiones.programar(sesiones));
  }

  public static NuevaPropuesta propuesta(String autor, String problema, String causa, String texto) {
    return new NuevaPropuesta(autor, problema, causa, texto);
  }

  /**
   * A session recorded: 14 attendees, its list and minutes, the proposals presented; when the table
   * goes on, optionally a new session (the new-session group is hidden, not submitted, when it closed).
   */
  public static Map<String, Object> registrarSesion(
      Long sesionId, boolean mesaCerrada, OffsetDateTime nuevaSesion, List<NuevaPropuesta> propuestas) {
    return Formularios.variables(
        FormularioRegistrarSesion.registro(
            sesionId, 14, "Dependencia de prueba; Organización Agua Limpia A.C.",
            "Se presentó el diagnóstico del eje y se recibieron propuestas.", propuestas, mesaCerrada,
            mesaCerrada || nuevaSesion == null ? null : sesion(nuevaSesion, "Auditorio de la Comisión", null)));
  }

  public static FormularioResponderPropuestas.Fila respuesta(
      Long propuestaId, DecisionRespuesta decision, String razon, Long fusionadaCon) {
    return new FormularioResponderPropuestas.Fila(propuestaId, "#" + propuestaId, decision, fusionadaCon, razon);
  }

  public static Map<String, Object> responderPropuestas(FormularioResponderPropuestas.Fila... respuestas) {
    return Formularios.variables(FormularioResponderPropuestas.responder(List.of(respuestas)));
  }

  public static BorradorHito hito(String descripcion, LocalDate inicio, LocalDate fin) {
    return new BorradorHito(descripcion, "Informe público", inicio, fin);
  }

  public static CompromisoRedactado compromiso(
      String titulo, Long sujetoId, LocalDate inicio, LocalDate fin, List<Long> propuestas, List<BorradorHito> hitos) {
    return new CompromisoRedactado(
        titulo,
        "El agua de los pozos no se monitorea públicamente.",
        "Los datos de calidad del agua no se publican.",
        "Publicar en datos abiertos la calidad del agua de cada pozo.",
        "La ciudadanía puede vigilar la calidad del agua.",
        EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.PARTICIPACION_CIUDADANA),
        sujetoId,
        "Organización Agua Limpia A.C.",
        "Dirección de Transparencia, transparencia@example.org",
        inicio,
        fin,
        propuestas,
        hitos);
  }

  public static Map<String, Object> redactarCompromisos(CompromisoRedactado... compromisos) {
    return Formularios.variables(FormularioRedactarCompromisos.redactar(List.of(compromisos)));
  }
}
