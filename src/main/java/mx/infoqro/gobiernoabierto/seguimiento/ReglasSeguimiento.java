package mx.infoqro.gobiernoabierto.seguimiento;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/**
 * The rules of what an agency reports and what the commission decides during follow-up, as pure
 * functions over the values a form submitted. Each failure is a {@link ValidacionException} with a
 * Spanish message for the person who filled the form.
 */
final class ReglasSeguimiento {

  static final int MAX_NARRATIVA = 8000;
  static final int MAX_COMENTARIO_HITO = 2000;
  static final int MAX_OBSERVACIONES = 4000;
  static final int MAX_URL = 1000;
  static final int MAX_DESCRIPCION_EVIDENCIA = 1000;
  static final int MAX_COMENTARIO_EVALUACION = 4000;
  static final int MAX_EVIDENCIA_EVALUACION = 2000;

  private ReglasSeguimiento() {}

  /** The status of one milestone as an agency reports it. */
  record AvanceCapturado(Long hitoId, Hito.EstadoHito estado, int porcentaje, String comentario) {}

  /** A link given as evidence. */
  record EvidenciaCapturada(String descripcion, String url) {}

  /** The scales of the final evaluation. */
  record EvaluacionCapturada(
      Evaluacion.Potencial potencial,
      Evaluacion.Cumplimiento cumplimiento,
      Evaluacion.AperturaGobierno abrioGobierno,
      String comentario,
      String evidencia) {}

  /**
   * The per-milestone rows of a report: one per milestone of the commitment (matched by
   * {@code hitoId}, or by position when the form did not send it), each with a status and a whole
   * percentage from 0 to 100; a completed milestone is at 100 %.
   *
   * @param hitos the commitment's milestones (id and description) in the order the form shows them
   */
  static List<AvanceCapturado> avances(List<Map<String, Object>> filas, List<HitoResumen> hitos) {
    if (filas.size() != hitos.size()) {
      throw new ValidacionException(
          "El reporte debe indicar el avance de cada uno de los " + hitos.size() + " hitos del compromiso.");
    }
    Set<Long> conocidos = new HashSet<>();
    hitos.forEach(h -> conocidos.add(h.id()));
    Set<Long> vistos = new HashSet<>();
    List<AvanceCapturado> avances = new ArrayList<>();
    for (int i = 0; i < filas.size(); i++) {
      Map<String, Object> fila = filas.get(i);
      HitoResumen porPosicion = hitos.get(i);
      Integer idEnviado = entero(fila.get("hitoId"), "Hito", porPosicion.descripcion());
      Long hitoId = idEnviado == null ? porPosicion.id() : Long.valueOf(idEnviado);
      if (!conocidos.contains(hitoId) || !vistos.add(hitoId)) {
        throw new ValidacionException("La lista de hitos del reporte no corresponde a los hitos del compromiso.");
      }
      String nombre = hitos.stream().filter(h -> h.id().equals(hitoId)).findFirst().orElseThrow().descripcion();
      Hito.EstadoHito estado = estadoHito(texto(fila.get("estado")), nombre);
      Integer porcentaje = entero(fila.get("porcentaje"), "Porcentaje de avance", nombre);
      if (porcentaje == null) {
        throw new ValidacionException("Indique el porcentaje de avance del hito «" + nombre + "».");
      }
      if (porcentaje < 0 || porcentaje > 100) {
        throw new ValidacionException(
            "El porcentaje de avance del hito «" + nombre + "» debe estar entre 0 y 100 (se indicó " + porcentaje + ").");
      }
      if (estado == Hito.EstadoHito.COMPLETADO && porcentaje != 100) {
        throw new ValidacionException("Un hito completado tiene 100 % de avance: revise el hito «" + nombre + "».");
      }
      String comentario = texto(fila.get("comentario"));
      longitud(comentario, MAX_COMENTARIO_HITO, "Comentario del hito «" + nombre + "»");
      avances.add(new AvanceCapturado(hitoId, estado, porcentaje, comentario));
    }
    return avances;
  }

  /** A milestone as the rules need it. */
  record HitoResumen(Long id, String descripcion) {}

  /**
   * The evidence links of a report: empty rows are ignored; every other row needs a description and
   * an absolute http or https address.
   */
  static List<EvidenciaCapturada> evidencias(List<Map<String, Object>> filas) {
    List<EvidenciaCapturada> evidencias = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> fila : filas) {
      n++;
      String descripcion = texto(fila.get("descripcion"));
      String url = texto(fila.get("url"));
      if (descripcion == null && url == null) {
        continue;
      }
      if (descripcion == null) {
        throw new ValidacionException("Describa la evidencia número " + n + ".");
      }
      longitud(descripcion, MAX_DESCRIPCION_EVIDENCIA, "Descripción de la evidencia " + n);
      if (url == null) {
        throw new ValidacionException("Indique la dirección (URL) de la evidencia «" + descripcion + "».");
      }
      longitud(url, MAX_URL, "Dirección de la evidencia «" + descripcion + "»");
      if (!esUrlWeb(url)) {
        throw new ValidacionException(
            "La dirección de la evidencia «" + descripcion + "» no es válida: debe empezar con http:// o https://"
                + " (se indicó " + url + ").");
      }
      evidencias.add(new EvidenciaCapturada(descripcion, url));
    }
    return evidencias;
  }

  /** Whether the text is an absolute http/https URL with a host. */
  static boolean esUrlWeb(String url) {
    try {
      URI uri = new URI(url);
      String esquema = uri.getScheme();
      return esquema != null
          && (esquema.equalsIgnoreCase("http") || esquema.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The narrative of a report: required. */
  static String narrativa(String narrativa) {
    if (narrativa == null || narrativa.isBlank()) {
      throw new ValidacionException("El campo «Narrativa del avance» es obligatorio.");
    }
    longitud(narrativa.trim(), MAX_NARRATIVA, "Narrativa del avance");
    return narrativa.trim();
  }

  /** The verification decision: VERIFICAR, or DEVOLVER with observations. */
  static String decisionVerificacion(String decision, String observaciones) {
    if (!SeguimientoProcess.VERIFICAR.equals(decision) && !SeguimientoProcess.DEVOLVER.equals(decision)) {
      throw new ValidacionException("Indique si la evidencia se verifica o si el reporte se devuelve.");
    }
    if (SeguimientoProcess.DEVOLVER.equals(decision) && (observaciones == null || observaciones.isBlank())) {
      throw new ValidacionException("Para devolver el reporte escriba las observaciones para la dependencia.");
    }
    longitud(observaciones, MAX_OBSERVACIONES, "Observaciones");
    return decision;
  }

  /** The final evaluation: the three scales and the comment are required, the evidence optional. */
  static EvaluacionCapturada evaluacion(
      String potencial, String cumplimiento, String abrioGobierno, String comentario, String evidencia) {
    Evaluacion.Potencial p = escala(Evaluacion.Potencial.class, potencial, "Potencial de resultados");
    Evaluacion.Cumplimiento c = escala(Evaluacion.Cumplimiento.class, cumplimiento, "Nivel de cumplimiento");
    Evaluacion.AperturaGobierno a = escala(Evaluacion.AperturaGobierno.class, abrioGobierno, "¿Abrió el gobierno?");
    if (comentario == null || comentario.isBlank()) {
      throw new ValidacionException("El campo «Comentario de la evaluación» es obligatorio.");
    }
    longitud(comentario.trim(), MAX_COMENTARIO_EVALUACION, "Comentario de la evaluación");
    String ev = evidencia == null || evidencia.isBlank() ? null : evidencia.trim();
    longitud(ev, MAX_EVIDENCIA_EVALUACION, "Evidencia de la evaluación");
    return new EvaluacionCapturada(p, c, a, comentario.trim(), ev);
  }

  /** The Spanish label of a milestone status, as the forms show it. */
  static String etiqueta(Hito.EstadoHito estado) {
    return switch (estado) {
      case NO_INICIADO -> "No iniciado";
      case EN_PROCESO -> "En proceso";
      case COMPLETADO -> "Completado";
      case RETRASADO -> "Retrasado";
    };
  }

  /** The Spanish label of a report state. */
  static String etiqueta(ReporteAvance.EstadoReporte estado) {
    return switch (estado) {
      case PENDIENTE -> "pendiente de entrega";
      case ENVIADO -> "enviado, en verificación";
      case DEVUELTO -> "devuelto a la dependencia";
      case VERIFICADO -> "verificado";
      case PUBLICADO -> "publicado";
    };
  }

  /** The Spanish label of the IRM potential scale. */
  static String etiqueta(Evaluacion.Potencial potencial) {
    return switch (potencial) {
      case INCIERTO -> "Incierto";
      case MODESTO -> "Modesto";
      case SUSTANCIAL -> "Sustancial";
    };
  }

  /** The Spanish label of the IRM completion scale. */
  static String etiqueta(Evaluacion.Cumplimiento cumplimiento) {
    return switch (cumplimiento) {
      case SIN_EVIDENCIA -> "Sin evidencia";
      case NO_INICIADO -> "No iniciado";
      case LIMITADO -> "Limitado";
      case SUSTANCIAL -> "Sustancial";
      case COMPLETO -> "Completo";
    };
  }

  /** The Spanish label of the IRM "did it open government" scale. */
  static String etiqueta(Evaluacion.AperturaGobierno apertura) {
    return switch (apertura) {
      case EMPEORO -> "Empeoró";
      case NO_CAMBIO -> "No cambió";
      case MARGINAL -> "Marginal";
      case SIGNIFICATIVO -> "Significativo";
      case SOBRESALIENTE -> "Sobresaliente";
    };
  }

  private static <E extends Enum<E>> E escala(Class<E> tipo, String valor, String etiqueta) {
    if (valor == null || valor.isBlank()) {
      throw new ValidacionException("El campo «" + etiqueta + "» es obligatorio.");
    }
    try {
      return Enum.valueOf(tipo, valor.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidacionException("El valor «" + valor + "» no es válido para «" + etiqueta + "».");
    }
  }

  private static Hito.EstadoHito estadoHito(String valor, String hito) {
    if (valor == null) {
      throw new ValidacionException("Indique el estado del hito «" + hito + "».");
    }
    try {
      return Hito.EstadoHito.valueOf(valor.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidacionException("El estado «" + valor + "» del hito «" + hito + "» no es válido.");
    }
  }

  /** A whole number from a form value (number or text), null when empty. */
  private static Integer entero(Object valor, String etiqueta, String hito) {
    if (valor == null || valor.toString().isBlank()) {
      return null;
    }
    try {
      BigDecimal numero = new BigDecimal(valor.toString().trim());
      return numero.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ValidacionException(
          "El valor «" + valor + "» de «" + etiqueta + "» del hito «" + hito + "» debe ser un número entero.");
    }
  }

  private static String texto(Object valor) {
    if (valor == null) {
      return null;
    }
    String texto = valor.toString().trim();
    return texto.isEmpty() ? null : texto;
  }

  private static void longitud(String valor, int maximo, String etiqueta) {
    if (valor != null && valor.length() > maximo) {
      throw new ValidacionException(
          "El campo «" + etiqueta + "» admite como máximo " + maximo + " caracteres (tiene " + valor.length() + ").");
    }
  }
}
