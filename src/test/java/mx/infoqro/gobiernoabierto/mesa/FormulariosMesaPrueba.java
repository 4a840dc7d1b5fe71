package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The values the table's Camunda Forms submit, built as Tasklist sends them: every top-level field
 * of the form, lists as Json, select values as strings, numbers as numbers, dates as ISO strings.
 */
public final class FormulariosMesaPrueba {

  private static final DateTimeFormatter FORM_JS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

  private FormulariosMesaPrueba() {}

  public static String fechaHora(OffsetDateTime valor) {
    return valor.format(FORM_JS);
  }

  public static Map<String, Object> sesion(OffsetDateTime fechaHora, String lugar, String enlace) {
    Map<String, Object> fila = new HashMap<>();
    fila.put(CAMPO_FECHA_HORA, fechaHora != null ? fechaHora(fechaHora) : null);
    fila.put(CAMPO_LUGAR, lugar);
    fila.put(CAMPO_ENLACE, enlace);
    return fila;
  }

  @SafeVarargs
  public static VariableMap programarSesiones(Map<String, Object>... sesiones) {
    return Variables.createVariables().putValueTyped(CAMPO_SESIONES, FormularioTarea.json(List.of(sesiones)));
  }

  public static Map<String, Object> propuesta(String autor, String problema, String causa, String texto) {
    Map<String, Object> fila = new HashMap<>();
    fila.put(CAMPO_AUTOR_PUBLICO, autor);
    fila.put(CAMPO_PROBLEMA, problema);
    fila.put(CAMPO_CAUSA, causa);
    fila.put(CAMPO_PROPUESTA, texto);
    return fila;
  }

  public static VariableMap registrarSesion(
      Long sesionId, boolean mesaCerrada, OffsetDateTime nuevaSesion, List<Map<String, Object>> propuestas) {
    VariableMap v =
        Variables.createVariables()
            .putValue(CAMPO_SESION_ID, sesionId != null ? String.valueOf(sesionId) : null)
            .putValue(CAMPO_ASISTENTES, 14)
            .putValue(CAMPO_LISTA_ASISTENCIA, "Dependencia de prueba; Organización Agua Limpia A.C.")
            .putValue(CAMPO_ACTA, "Se presentó el diagnóstico del eje y se recibieron propuestas.")
            .putValueTyped(CAMPO_PROPUESTAS, FormularioTarea.json(propuestas))
            .putValue(VAR_MESA_CERRADA, mesaCerrada);
    if (!mesaCerrada) {
      // The new-session group is hidden (not submitted) when the table closed
      v.putValue(CAMPO_NUEVA_SESION_FECHA_HORA, nuevaSesion != null ? fechaHora(nuevaSesion) : null)
          .putValue(CAMPO_NUEVA_SESION_LUGAR, nuevaSesion != null ? "Auditorio de la Comisión" : null)
          .putValue(CAMPO_NUEVA_SESION_ENLACE, null);
    }
    return v;
  }

  public static Map<String, Object> respuesta(Long propuestaId, String decision, String razon, Long fusionadaCon) {
    Map<String, Object> fila = new HashMap<>();
    fila.put(CAMPO_PROPUESTA_ID, String.valueOf(propuestaId));
    fila.put(CAMPO_RESUMEN, "#" + propuestaId);
    fila.put(CAMPO_DECISION, decision);
    fila.put(CAMPO_RAZON, razon);
    fila.put(CAMPO_FUSIONADA_CON, fusionadaCon != null ? String.valueOf(fusionadaCon) : null);
    return fila;
  }

  @SafeVarargs
  public static VariableMap responderPropuestas(Map<String, Object>... respuestas) {
    return Variables.createVariables().putValueTyped(CAMPO_RESPUESTAS, FormularioTarea.json(List.of(respuestas)));
  }

  public static Map<String, Object> hito(String descripcion, LocalDate inicio, LocalDate fin) {
    Map<String, Object> fila = new HashMap<>();
    fila.put(CAMPO_DESCRIPCION, descripcion);
    fila.put(CAMPO_PRODUCTO_ESPERADO, "Informe público");
    fila.put(CAMPO_FECHA_INICIO, inicio != null ? inicio.toString() : null);
    fila.put(CAMPO_FECHA_FIN, fin != null ? fin.toString() : null);
    return fila;
  }

  public static Map<String, Object> compromiso(
      String titulo, Long sujetoId, LocalDate inicio, LocalDate fin, List<Long> propuestas, List<Map<String, Object>> hitos) {
    Map<String, Object> fila = new HashMap<>();
    fila.put(CAMPO_TITULO, titulo);
    fila.put(CAMPO_PROBLEMA, "El agua de los pozos no se monitorea públicamente.");
    fila.put(CAMPO_STATUS_QUO, "Los datos de calidad del agua no se publican.");
    fila.put(CAMPO_DESCRIPCION, "Publicar en datos abiertos la calidad del agua de cada pozo.");
    fila.put(CAMPO_COMO_RESUELVE, "La ciudadanía puede vigilar la calidad del agua.");
    fila.put(CAMPO_VALORES, List.of("TRANSPARENCIA", "PARTICIPACION_CIUDADANA"));
    fila.put(CAMPO_SUJETO_RESPONSABLE_ID, sujetoId != null ? String.valueOf(sujetoId) : null);
    fila.put(CAMPO_OTROS_ACTORES, "Organización Agua Limpia A.C.");
    fila.put(CAMPO_CONTACTO, "Dirección de Transparencia, transparencia@example.org");
    fila.put(CAMPO_FECHA_INICIO, inicio.toString());
    fila.put(CAMPO_FECHA_FIN, fin.toString());
    fila.put(CAMPO_PROPUESTAS_ATENDIDAS, propuestas.stream().map(String::valueOf).toList());
    fila.put(CAMPO_HITOS, new ArrayList<>(hitos));
    return fila;
  }

  @SafeVarargs
  public static VariableMap redactarCompromisos(Map<String, Object>... compromisos) {
    return Variables.createVariables()
        .putValueTyped(CAMPO_COMPROMISOS, FormularioTarea.json(Arrays.asList(compromisos)));
  }
}
