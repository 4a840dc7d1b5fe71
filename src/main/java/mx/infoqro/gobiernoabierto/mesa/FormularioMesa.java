package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.*;
import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaSesion;
import mx.infoqro.gobiernoabierto.mesa.MesaService.PropuestaVista;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Respuesta;
import mx.infoqro.gobiernoabierto.mesa.MesaService.SesionVista;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/**
 * Converts the values the table's Camunda Forms submit (dynamic-list rows as maps, dates as ISO
 * strings, ids as strings or numbers) into the service's inputs, and the table's data into form
 * options. Malformed values fail with a Spanish {@link ValidacionException}; rows left completely
 * empty are ignored.
 */
public final class FormularioMesa {

  /** form-js datetime values: {@code 2026-03-15T10:00}, with optional seconds and offset. */
  private static final DateTimeFormatter FECHA_HORA_FORMULARIO =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private static final int RESUMEN_MAXIMO = 280;

  private FormularioMesa() {}

  // --- Form values -> service inputs ----------------------------------------------------------

  /** The sessions of Task_ProgramarSesiones. */
  static List<NuevaSesion> sesiones(List<Map<String, Object>> filas, ZoneId zona) {
    List<NuevaSesion> sesiones = new ArrayList<>();
    for (int i = 0; i < filas.size(); i++) {
      Map<String, Object> fila = filas.get(i);
      if (vacia(fila)) {
        continue;
      }
      sesiones.add(
          new NuevaSesion(
              fechaHora(fila.get(CAMPO_FECHA_HORA), "Sesión " + (i + 1) + ": fecha y hora", zona),
              texto(fila.get(CAMPO_LUGAR)),
              texto(fila.get(CAMPO_ENLACE))));
    }
    return sesiones;
  }

  /** The optional new session of Task_RegistrarSesion; null when its three fields are empty. */
  static NuevaSesion nuevaSesion(Object fechaHora, Object lugar, Object enlace, ZoneId zona) {
    if (texto(fechaHora) == null && texto(lugar) == null && texto(enlace) == null) {
      return null;
    }
    return new NuevaSesion(fechaHora(fechaHora, "Nueva sesión: fecha y hora", zona), texto(lugar), texto(enlace));
  }

  /** The proposals presented in a session. */
  static List<NuevaPropuesta> propuestas(List<Map<String, Object>> filas) {
    return filas.stream()
        .filter(f -> !vacia(f))
        .map(
            f ->
                new NuevaPropuesta(
                    texto(f.get(CAMPO_AUTOR_PUBLICO)),
                    texto(f.get(CAMPO_PROBLEMA)),
                    texto(f.get(CAMPO_CAUSA)),
                    texto(f.get(CAMPO_PROPUESTA))))
        .toList();
  }

  /** The reasoned responses of Task_ResponderPropuestas. */
  static List<Respuesta> respuestas(List<Map<String, Object>> filas) {
    List<Respuesta> respuestas = new ArrayList<>();
    for (int i = 0; i < filas.size(); i++) {
      Map<String, Object> f = filas.get(i);
      String etiqueta = "Respuesta " + (i + 1);
      respuestas.add(
          new Respuesta(
              id(f.get(CAMPO_PROPUESTA_ID), etiqueta + ": propuesta"),
              decision(f.get(CAMPO_DECISION), etiqueta),
              texto(f.get(CAMPO_RAZON)),
              id(f.get(CAMPO_FUSIONADA_CON), etiqueta + ": propuesta con la que se fusiona")));
    }
    return respuestas;
  }

  /** The reasoned response of Task_ResponderPropuestaPortal to proposal {@code propuestaId}. */
  static Respuesta respuesta(Long propuestaId, Object decision, Object razon, Object fusionadaCon) {
    return new Respuesta(
        propuestaId,
        decision(decision, "Respuesta"),
        texto(razon),
        id(fusionadaCon, "Propuesta con la que se fusiona"));
  }

  // --- Service data -> form options -------------------------------------------------------------

  /** Options of the held-session select: the sessions still scheduled. */
  static List<Map<String, Object>> opcionesSesiones(List<SesionVista> sesiones, ZoneId zona) {
    return sesiones.stream()
        .filter(s -> s.estado() == Sesion.EstadoSesion.PROGRAMADA)
        .map(s -> opcion(etiquetaSesion(s, zona), String.valueOf(s.id())))
        .toList();
  }

  /** "Sesión 2 · 15/03/2026 10:00 · Sala de juntas". */
  static String etiquetaSesion(SesionVista s, ZoneId zona) {
    return "Sesión " + s.numero() + " · " + s.fechaHora().atZoneSameInstant(zona).format(MesaService.FECHA_HORA)
        + (s.lugar() != null ? " · " + s.lugar() : "")
        + (s.enlace() != null ? " · " + s.enlace() : "");
  }

  /** The rows of the responses list: one per proposal, with the current response if any. */
  static List<Map<String, Object>> filasRespuestas(List<PropuestaVista> propuestas) {
    return propuestas.stream()
        .map(
            p -> {
              Map<String, Object> fila = new LinkedHashMap<>();
              fila.put(CAMPO_PROPUESTA_ID, String.valueOf(p.id()));
              fila.put(CAMPO_RESUMEN, resumen(p));
              fila.put(CAMPO_DECISION, p.decision() != null ? p.decision().name() : null);
              fila.put(CAMPO_RAZON, p.razon());
              fila.put(CAMPO_FUSIONADA_CON, p.fusionadaConId() != null ? String.valueOf(p.fusionadaConId()) : null);
              return fila;
            })
        .toList();
  }

  /** Options naming proposals, e.g. for the merge select and the proposals a draft takes. */
  public static List<Map<String, Object>> opcionesPropuestas(Collection<PropuestaVista> propuestas) {
    return propuestas.stream()
        .map(p -> opcion("#" + p.id() + " · " + p.autorPublico() + ": " + recortar(p.propuesta(), 100), String.valueOf(p.id())))
        .toList();
  }

  /** A proposal as the responses list shows it. */
  static String resumen(PropuestaVista p) {
    return "#" + p.id() + (p.sesion() != null ? " (sesión " + p.sesion() + ")" : "") + " · " + p.autorPublico()
        + ". Problema: " + recortar(p.problema(), RESUMEN_MAXIMO)
        + " Propuesta: " + recortar(p.propuesta(), RESUMEN_MAXIMO);
  }

  // --- Value parsing ----------------------------------------------------------------------------

  /** A date and time; one without offset is read in the commission's time zone. */
  static OffsetDateTime fechaHora(Object valor, String etiqueta, ZoneId zona) {
    String texto = texto(valor);
    if (texto == null) {
      return null;
    }
    try {
      var leido = FECHA_HORA_FORMULARIO.parseBest(texto, OffsetDateTime::from, LocalDateTime::from);
      if (leido instanceof OffsetDateTime conZona) {
        return conZona;
      }
      return ((LocalDateTime) leido).atZone(zona).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new ValidacionException("«" + etiqueta + "» no es una fecha y hora válida: " + texto + ".");
    }
  }

  private static DecisionRespuesta decision(Object valor, String etiqueta) {
    String texto = texto(valor);
    if (texto == null) {
      return null;
    }
    try {
      return DecisionRespuesta.valueOf(texto);
    } catch (IllegalArgumentException e) {
      throw new ValidacionException(etiqueta + ": la respuesta «" + texto + "» no es válida.");
    }
  }
}
