package mx.infoqro.gobiernoabierto.mesa;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.RespuestasPropuestas.Respuesta;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.RegistroSesion;

/**
 * The rules of a table's data entry, free of persistence so they can be tested alone. Each method
 * throws a {@link ValidacionException} with the first broken rule in Spanish (messages.properties,
 * {@code mesa.*}).
 */
final class ReglasMesa {

  /**
   * Sessions scheduled in one go: the invitation lists them all in one message, whose text must fit
   * its column (20,000 characters) with places and links at their longest (500 each).
   */
  static final int MAX_SESIONES = 12;

  private ReglasMesa() {}

  /** At least one session and at most {@link #MAX_SESIONES}; each in the future, with a place or a link. */
  static void validarSesiones(List<NuevaSesion> sesiones, OffsetDateTime ahora) {
    if (sesiones == null || sesiones.isEmpty()) {
      throw ValidacionException.de("mesa.sesiones.ninguna");
    }
    if (sesiones.size() > MAX_SESIONES) {
      throw ValidacionException.de("mesa.sesiones.demasiadas", String.valueOf(MAX_SESIONES));
    }
    for (int i = 0; i < sesiones.size(); i++) {
      validarSesion(sesiones.get(i), ahora, Mensajes.texto("mesa.sesion.numero", String.valueOf(i + 1)));
    }
  }

  /** A session in the future, with a place or a link (an http or https address). */
  static void validarSesion(NuevaSesion sesion, OffsetDateTime ahora, String etiqueta) {
    if (sesion.fechaHora() == null) {
      throw ValidacionException.de("mesa.sesion.sin-fecha", etiqueta);
    }
    if (!sesion.fechaHora().isAfter(ahora)) {
      throw ValidacionException.de("mesa.sesion.pasada", etiqueta);
    }
    if (vacio(sesion.lugar()) && vacio(sesion.enlace())) {
      throw ValidacionException.de("mesa.sesion.sin-lugar", etiqueta);
    }
    longitud(sesion.lugar(), 500, Mensajes.texto("mesa.campo.lugar", etiqueta));
    longitud(sesion.enlace(), 500, Mensajes.texto("mesa.campo.enlace", etiqueta));
    if (!vacio(sesion.enlace()) && !sesion.enlace().matches("(?i)^https?://\\S+$")) {
      throw ValidacionException.de("mesa.sesion.enlace-web", etiqueta);
    }
  }

  /**
   * The record of a session held: the session, attendance, minutes, well-formed proposals and the
   * decision whether the table finished. A table that goes on needs a session still scheduled
   * (besides the one held) or a new one; a table that finished schedules none.
   *
   * @param otrasProgramadas sessions still scheduled besides the one held
   */
  static void validarRegistro(RegistroSesion r, int otrasProgramadas, OffsetDateTime ahora) {
    if (r.sesionId() == null) {
      throw ValidacionException.de("mesa.registro.sin-sesion");
    }
    if (r.asistentes() == null || r.asistentes() < 1) {
      throw ValidacionException.de("mesa.registro.asistentes");
    }
    if (vacio(r.listaAsistencia())) {
      throw ValidacionException.de("mesa.registro.lista-asistencia");
    }
    longitud(r.listaAsistencia(), 4000, Mensajes.texto("mesa.campo.lista-asistencia"));
    if (vacio(r.acta())) {
      throw ValidacionException.de("mesa.registro.acta");
    }
    longitud(r.acta(), 20000, Mensajes.texto("mesa.campo.acta"));
    List<NuevaPropuesta> propuestas = r.propuestas() == null ? List.of() : r.propuestas();
    for (int i = 0; i < propuestas.size(); i++) {
      NuevaPropuesta p = propuestas.get(i);
      String etiqueta = Mensajes.texto("mesa.propuesta.etiqueta", String.valueOf(i + 1));
      if (vacio(p.problema())) {
        throw ValidacionException.de("mesa.propuesta.sin-problema", etiqueta);
      }
      if (vacio(p.propuesta())) {
        throw ValidacionException.de("mesa.propuesta.sin-solucion", etiqueta);
      }
      longitud(p.autorPublico(), 300, Mensajes.texto("mesa.campo.autor", etiqueta));
      longitud(p.problema(), 4000, Mensajes.texto("mesa.campo.problema", etiqueta));
      longitud(p.causa(), 4000, Mensajes.texto("mesa.campo.causa", etiqueta));
      longitud(p.propuesta(), 4000, Mensajes.texto("mesa.campo.propuesta", etiqueta));
    }
    if (r.mesaCerrada() == null) {
      throw ValidacionException.de("mesa.registro.sin-cierre");
    }
    if (r.nuevaSesion() != null) {
      if (r.mesaCerrada()) {
        throw ValidacionException.de("mesa.registro.cerrada-con-sesion");
      }
      validarSesion(r.nuevaSesion(), ahora, Mensajes.texto("mesa.sesion.nueva"));
    } else if (!r.mesaCerrada() && otrasProgramadas == 0) {
      throw ValidacionException.de("mesa.registro.sin-siguiente");
    }
  }

  /**
   * Every proposal of the table gets exactly one response with a decision and a non-empty reason;
   * a merged proposal names another proposal of the table that is not itself merged.
   *
   * @param propuestaIds the ids of the table's proposals
   */
  static void validarRespuestas(Collection<Long> propuestaIds, List<Respuesta> respuestas) {
    Set<Long> ids = new LinkedHashSet<>(propuestaIds);
    List<Respuesta> lista = respuestas == null ? List.of() : respuestas;
    Map<Long, Respuesta> porId = new HashMap<>();
    for (int i = 0; i < lista.size(); i++) {
      Respuesta r = lista.get(i);
      if (r.propuestaId() == null || !ids.contains(r.propuestaId())) {
        throw ValidacionException.de("mesa.respuestas.ajena", String.valueOf(i + 1));
      }
      if (porId.put(r.propuestaId(), r) != null) {
        throw ValidacionException.de("mesa.respuestas.repetida", String.valueOf(r.propuestaId()));
      }
    }
    List<Long> faltantes = new ArrayList<>(ids);
    faltantes.removeAll(porId.keySet());
    if (!faltantes.isEmpty()) {
      throw ValidacionException.de(
          "mesa.respuestas.faltantes", faltantes.stream().map(id -> "#" + id).collect(Collectors.joining(", ")));
    }
    Map<Long, DecisionRespuesta> decisiones = new HashMap<>();
    porId.forEach((id, r) -> decisiones.put(id, r.decision()));
    for (Respuesta r : lista) {
      revisar(r, decisiones, Mensajes.texto("mesa.propuesta.etiqueta-id", String.valueOf(r.propuestaId())));
    }
  }

  /**
   * One reasoned response (Task_ResponderPropuestaPortal): decision and non-empty reason; a merged
   * proposal names another proposal of the table that is not itself merged.
   *
   * @param decisiones the table's proposals and their current decisions (null when unanswered)
   */
  static void validarRespuesta(Map<Long, DecisionRespuesta> decisiones, Respuesta r) {
    if (r.propuestaId() == null || !decisiones.containsKey(r.propuestaId())) {
      throw ValidacionException.de("mesa.respuesta.ajena");
    }
    revisar(r, decisiones, null);
  }

  /**
   * The rules of one response, named by its proposal ({@code etiqueta}) among the table's
   * responses, or alone (null) when it is the only one of its form.
   */
  private static void revisar(Respuesta r, Map<Long, DecisionRespuesta> decisiones, String etiqueta) {
    if (r.decision() == null) {
      throw error("mesa.respuesta.sin-decision", etiqueta);
    }
    if (vacio(r.razon())) {
      throw error("mesa.respuesta.sin-razon", etiqueta);
    }
    longitud(
        r.razon(), 4000,
        etiqueta == null ? Mensajes.texto("mesa.campo.razon") : Mensajes.texto("mesa.campo.razon.de", etiqueta));
    if (r.decision() == DecisionRespuesta.FUSIONADA) {
      Long con = r.fusionadaConId();
      if (con == null) {
        throw error("mesa.respuesta.fusion-sin-propuesta", etiqueta);
      }
      if (con.equals(r.propuestaId())) {
        throw error("mesa.respuesta.fusion-consigo", etiqueta);
      }
      if (!decisiones.containsKey(con)) {
        throw error("mesa.respuesta.fusion-ajena", etiqueta, String.valueOf(con));
      }
      if (decisiones.get(con) == DecisionRespuesta.FUSIONADA) {
        throw error("mesa.respuesta.fusion-fusionada", etiqueta, String.valueOf(con));
      }
    }
  }

  /** The message {@code clave} (alone) or {@code clave.de} (after the place {@code etiqueta}). */
  private static ValidacionException error(String clave, String etiqueta, String... argumentos) {
    if (etiqueta == null) {
      return ValidacionException.de(clave, (Object[]) argumentos);
    }
    Object[] conLugar = new Object[argumentos.length + 1];
    conLugar[0] = etiqueta;
    System.arraycopy(argumentos, 0, conLugar, 1, argumentos.length);
    return ValidacionException.de(clave + ".de", conLugar);
  }

  /** A proposal submitted on the portal: problem and proposal required, every text within its column. */
  static void validarPropuestaPortal(NuevaPropuesta p) {
    if (p == null || vacio(p.problema())) {
      throw ValidacionException.de("mesa.portal.sin-problema");
    }
    if (vacio(p.propuesta())) {
      throw ValidacionException.de("mesa.portal.sin-solucion");
    }
    longitud(p.problema(), 4000, Mensajes.texto("mesa.campo.portal.problema"));
    longitud(p.causa(), 4000, Mensajes.texto("mesa.campo.portal.causa"));
    longitud(p.propuesta(), 4000, Mensajes.texto("mesa.campo.portal.propuesta"));
  }

  /** The public author of a proposal: the given organisation, or "Participante". */
  static String autorPublico(String autor) {
    return vacio(autor) ? Mensajes.texto("mesa.autor-anonimo") : autor.trim();
  }

  static boolean vacio(String valor) {
    return valor == null || valor.isBlank();
  }

  private static void longitud(String valor, int maximo, String campo) {
    if (valor != null && valor.length() > maximo) {
      throw ValidacionException.de("mesa.longitud", campo, String.valueOf(maximo));
    }
  }
}
