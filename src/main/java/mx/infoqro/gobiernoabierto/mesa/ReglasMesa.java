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
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaSesion;
import mx.infoqro.gobiernoabierto.mesa.MesaService.RegistroSesion;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Respuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/**
 * The rules of a table's data entry, free of persistence so they can be tested alone. Each method
 * throws a {@link ValidacionException} with the first broken rule in Spanish.
 */
final class ReglasMesa {

  /** How a proposal without a known organisation is shown publicly. */
  static final String AUTOR_ANONIMO = "Participante";

  private ReglasMesa() {}

  /** At least one session; each in the future, with a place or a link. */
  static void validarSesiones(List<NuevaSesion> sesiones, OffsetDateTime ahora) {
    if (sesiones == null || sesiones.isEmpty()) {
      throw new ValidacionException("Programe al menos una sesión de la mesa.");
    }
    for (int i = 0; i < sesiones.size(); i++) {
      validarSesion(sesiones.get(i), ahora, "Sesión " + (i + 1));
    }
  }

  /** A session in the future, with a place or a link (an http or https address). */
  static void validarSesion(NuevaSesion sesion, OffsetDateTime ahora, String etiqueta) {
    if (sesion.fechaHora() == null) {
      throw new ValidacionException(etiqueta + ": indique la fecha y hora.");
    }
    if (!sesion.fechaHora().isAfter(ahora)) {
      throw new ValidacionException(etiqueta + ": la fecha y hora debe ser futura.");
    }
    if (vacio(sesion.lugar()) && vacio(sesion.enlace())) {
      throw new ValidacionException(etiqueta + ": indique el lugar o el enlace de la sesión en línea.");
    }
    longitud(sesion.lugar(), 500, etiqueta + ": el lugar");
    longitud(sesion.enlace(), 500, etiqueta + ": el enlace");
    if (!vacio(sesion.enlace()) && !sesion.enlace().matches("(?i)^https?://\\S+$")) {
      throw new ValidacionException(etiqueta + ": el enlace debe ser una dirección que empiece con https:// o http://.");
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
      throw new ValidacionException("Elija la sesión que se celebró.");
    }
    if (r.asistentes() == null || r.asistentes() < 1) {
      throw new ValidacionException("Indique el número de asistentes (al menos 1).");
    }
    if (vacio(r.listaAsistencia())) {
      throw new ValidacionException("Indique las organizaciones y dependencias que asistieron.");
    }
    longitud(r.listaAsistencia(), 4000, "La lista de asistencia");
    if (vacio(r.acta())) {
      throw new ValidacionException("Escriba el acta (minuta) de la sesión.");
    }
    longitud(r.acta(), 20000, "El acta");
    List<NuevaPropuesta> propuestas = r.propuestas() == null ? List.of() : r.propuestas();
    for (int i = 0; i < propuestas.size(); i++) {
      NuevaPropuesta p = propuestas.get(i);
      String etiqueta = "Propuesta " + (i + 1);
      if (vacio(p.problema())) {
        throw new ValidacionException(etiqueta + ": describa el problema que plantea.");
      }
      if (vacio(p.propuesta())) {
        throw new ValidacionException(etiqueta + ": escriba la propuesta de solución.");
      }
      longitud(p.autorPublico(), 300, etiqueta + ": el autor");
      longitud(p.problema(), 4000, etiqueta + ": el problema");
      longitud(p.causa(), 4000, etiqueta + ": la causa");
      longitud(p.propuesta(), 4000, etiqueta + ": la propuesta");
    }
    if (r.mesaCerrada() == null) {
      throw new ValidacionException("Indique si se cerró el trabajo de la mesa.");
    }
    if (r.nuevaSesion() != null) {
      if (r.mesaCerrada()) {
        throw new ValidacionException("La mesa cerró su trabajo: no programe otra sesión.");
      }
      validarSesion(r.nuevaSesion(), ahora, "Nueva sesión");
    } else if (!r.mesaCerrada() && otrasProgramadas == 0) {
      throw new ValidacionException(
          "No queda ninguna sesión programada: indique la fecha y el lugar o enlace de la siguiente sesión.");
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
        throw new ValidacionException("La respuesta " + (i + 1) + " no corresponde a una propuesta de esta mesa.");
      }
      if (porId.put(r.propuestaId(), r) != null) {
        throw new ValidacionException("La propuesta #" + r.propuestaId() + " tiene más de una respuesta.");
      }
    }
    List<Long> faltantes = new ArrayList<>(ids);
    faltantes.removeAll(porId.keySet());
    if (!faltantes.isEmpty()) {
      throw new ValidacionException(
          "Toda propuesta recibe una respuesta razonada. Falta responder: "
              + faltantes.stream().map(id -> "#" + id).collect(Collectors.joining(", ")) + ".");
    }
    for (Respuesta r : lista) {
      String etiqueta = "Propuesta #" + r.propuestaId();
      if (r.decision() == null) {
        throw new ValidacionException(etiqueta + ": elija la respuesta (se incorpora, se fusiona o no se incorpora).");
      }
      if (vacio(r.razon())) {
        throw new ValidacionException(etiqueta + ": escriba la razón de la respuesta.");
      }
      longitud(r.razon(), 4000, etiqueta + ": la razón");
      if (r.decision() == DecisionRespuesta.FUSIONADA) {
        Long con = r.fusionadaConId();
        if (con == null) {
          throw new ValidacionException(etiqueta + ": indique con qué propuesta se fusiona.");
        }
        if (con.equals(r.propuestaId())) {
          throw new ValidacionException(etiqueta + ": no puede fusionarse consigo misma.");
        }
        if (!porId.containsKey(con)) {
          throw new ValidacionException(etiqueta + ": la propuesta #" + con + " no es de esta mesa.");
        }
        if (porId.get(con).decision() == DecisionRespuesta.FUSIONADA) {
          throw new ValidacionException(
              etiqueta + ": se fusiona con la #" + con
                  + ", que a su vez está fusionada; elija la propuesta que las recoge.");
        }
      }
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
      throw new ValidacionException("La respuesta no corresponde a una propuesta de esta mesa.");
    }
    if (r.decision() == null) {
      throw new ValidacionException("Elija la respuesta (se incorpora, se fusiona o no se incorpora).");
    }
    if (vacio(r.razon())) {
      throw new ValidacionException("Escriba la razón de la respuesta.");
    }
    longitud(r.razon(), 4000, "La razón");
    if (r.decision() == DecisionRespuesta.FUSIONADA) {
      Long con = r.fusionadaConId();
      if (con == null) {
        throw new ValidacionException("Indique con qué propuesta se fusiona.");
      }
      if (con.equals(r.propuestaId())) {
        throw new ValidacionException("La propuesta no puede fusionarse consigo misma.");
      }
      if (!decisiones.containsKey(con)) {
        throw new ValidacionException("La propuesta #" + con + " no es de esta mesa.");
      }
      if (decisiones.get(con) == DecisionRespuesta.FUSIONADA) {
        throw new ValidacionException(
            "La propuesta #" + con + " a su vez está fusionada; elija la propuesta que las recoge.");
      }
    }
  }

  /** A proposal submitted on the portal: problem and proposal required, every text within its column. */
  static void validarPropuestaPortal(NuevaPropuesta p) {
    if (p == null || vacio(p.problema())) {
      throw new ValidacionException("Describa el problema público.");
    }
    if (vacio(p.propuesta())) {
      throw new ValidacionException("Escriba su propuesta de solución.");
    }
    longitud(p.problema(), 4000, "El problema");
    longitud(p.causa(), 4000, "La causa");
    longitud(p.propuesta(), 4000, "La propuesta");
  }

  /** The public author of a proposal: the given organisation, or {@value #AUTOR_ANONIMO}. */
  static String autorPublico(String autor) {
    return vacio(autor) ? AUTOR_ANONIMO : autor.trim();
  }

  static boolean vacio(String valor) {
    return valor == null || valor.isBlank();
  }

  private static void longitud(String valor, int maximo, String campo) {
    if (valor != null && valor.length() > maximo) {
      throw new ValidacionException(campo + " admite como máximo " + maximo + " caracteres.");
    }
  }
}
