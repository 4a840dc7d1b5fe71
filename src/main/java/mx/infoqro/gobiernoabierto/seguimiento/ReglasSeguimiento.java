package mx.infoqro.gobiernoabierto.seguimiento;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance.Avance;

/**
 * The rules of what an agency reports and what the commission decides during follow-up, as pure
 * functions over what a form submitted. Each failure is a {@link ValidacionException} with a
 * Spanish message ({@code seguimiento.*} in messages.properties) for the person who filled the form.
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

  /** The scales of the final evaluation. */
  record EvaluacionCapturada(
      Evaluacion.Potencial potencial,
      Evaluacion.Cumplimiento cumplimiento,
      Evaluacion.AperturaGobierno abrioGobierno,
      String comentario,
      String evidencia) {}

  /** A milestone as the rules need it. */
  record HitoResumen(Long id, String descripcion) {}

  /**
   * The per-milestone rows of a report: one per milestone of the commitment (matched by
   * {@code hitoId}, or by position when the form did not send it), each with a status and a whole
   * percentage from 0 to 100; a completed milestone is at 100 %.
   *
   * @param hitos the commitment's milestones (id and description) in the order the form shows them
   */
  static List<AvanceCapturado> avances(List<Avance> filas, List<HitoResumen> hitos) {
    if (filas.size() != hitos.size()) {
      throw ValidacionException.de("seguimiento.avances.cantidad", String.valueOf(hitos.size()));
    }
    Set<Long> conocidos = new HashSet<>();
    hitos.forEach(h -> conocidos.add(h.id()));
    Set<Long> vistos = new HashSet<>();
    List<AvanceCapturado> avances = new ArrayList<>();
    for (int i = 0; i < filas.size(); i++) {
      Avance fila = filas.get(i);
      Long hitoId = fila.hitoId() == null ? hitos.get(i).id() : fila.hitoId();
      if (!conocidos.contains(hitoId) || !vistos.add(hitoId)) {
        throw ValidacionException.de("seguimiento.avances.otros-hitos");
      }
      String nombre = hitos.stream().filter(h -> h.id().equals(hitoId)).findFirst().orElseThrow().descripcion();
      if (fila.estado() == null) {
        throw ValidacionException.de("seguimiento.avance.sin-estado", nombre);
      }
      if (fila.porcentaje() == null) {
        throw ValidacionException.de("seguimiento.avance.sin-porcentaje", nombre);
      }
      int porcentaje = fila.porcentaje();
      if (porcentaje < 0 || porcentaje > 100) {
        throw ValidacionException.de("seguimiento.avance.porcentaje-fuera", nombre, String.valueOf(porcentaje));
      }
      if (fila.estado() == Hito.EstadoHito.COMPLETADO && porcentaje != 100) {
        throw ValidacionException.de("seguimiento.avance.completado-sin-100", nombre);
      }
      longitud(fila.comentario(), MAX_COMENTARIO_HITO, Mensajes.texto("seguimiento.campo.comentario-hito", nombre));
      avances.add(new AvanceCapturado(hitoId, fila.estado(), porcentaje, fila.comentario()));
    }
    return avances;
  }

  /**
   * The evidence links of a report: empty rows are ignored; every other row needs a description and
   * an absolute http or https address.
   */
  static List<EvidenciaEnlace> evidencias(List<EvidenciaEnlace> filas) {
    List<EvidenciaEnlace> evidencias = new ArrayList<>();
    int n = 0;
    for (EvidenciaEnlace fila : filas) {
      n++;
      String descripcion = texto(fila.descripcion());
      String url = texto(fila.url());
      if (descripcion == null && url == null) {
        continue;
      }
      if (descripcion == null) {
        throw ValidacionException.de("seguimiento.evidencia.sin-descripcion", String.valueOf(n));
      }
      longitud(descripcion, MAX_DESCRIPCION_EVIDENCIA, Mensajes.texto("seguimiento.campo.descripcion-evidencia", String.valueOf(n)));
      if (url == null) {
        throw ValidacionException.de("seguimiento.evidencia.sin-url", descripcion);
      }
      longitud(url, MAX_URL, Mensajes.texto("seguimiento.campo.url-evidencia", descripcion));
      if (!esUrlWeb(url)) {
        throw ValidacionException.de("seguimiento.evidencia.url-invalida", descripcion, url);
      }
      evidencias.add(new EvidenciaEnlace(descripcion, url));
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
      throw ValidacionException.de("seguimiento.narrativa.requerida");
    }
    longitud(narrativa.trim(), MAX_NARRATIVA, Mensajes.texto("seguimiento.campo.narrativa"));
    return narrativa.trim();
  }

  /** The verification decision: VERIFICAR, or DEVOLVER with observations. */
  static String decisionVerificacion(String decision, String observaciones) {
    if (!SeguimientoBpmn.VERIFICAR.equals(decision) && !SeguimientoBpmn.DEVOLVER.equals(decision)) {
      throw ValidacionException.de("seguimiento.verificacion.sin-decision");
    }
    if (SeguimientoBpmn.DEVOLVER.equals(decision) && (observaciones == null || observaciones.isBlank())) {
      throw ValidacionException.de("seguimiento.verificacion.sin-observaciones");
    }
    longitud(observaciones, MAX_OBSERVACIONES, Mensajes.texto("seguimiento.campo.observaciones"));
    return decision;
  }

  /** The final evaluation: the three scales and the comment are required, the evidence optional. */
  static EvaluacionCapturada evaluacion(
      Evaluacion.Potencial potencial,
      Evaluacion.Cumplimiento cumplimiento,
      Evaluacion.AperturaGobierno abrioGobierno,
      String comentario,
      String evidencia) {
    requerida(potencial, "seguimiento.campo.potencial");
    requerida(cumplimiento, "seguimiento.campo.cumplimiento");
    requerida(abrioGobierno, "seguimiento.campo.abrio-gobierno");
    if (comentario == null || comentario.isBlank()) {
      throw ValidacionException.de("seguimiento.requerido", Mensajes.texto("seguimiento.campo.comentario-evaluacion"));
    }
    longitud(comentario.trim(), MAX_COMENTARIO_EVALUACION, Mensajes.texto("seguimiento.campo.comentario-evaluacion"));
    String ev = texto(evidencia);
    longitud(ev, MAX_EVIDENCIA_EVALUACION, Mensajes.texto("seguimiento.campo.evidencia-evaluacion"));
    return new EvaluacionCapturada(potencial, cumplimiento, abrioGobierno, comentario.trim(), ev);
  }

  /**
   * The Spanish label of a value of a follow-up scale or state, as the forms and the decision log
   * show it: {@code seguimiento.etiqueta.<Enum>.<VALUE>} in messages.properties.
   */
  static String etiqueta(Enum<?> valor) {
    return Mensajes.texto("seguimiento.etiqueta." + valor.getDeclaringClass().getSimpleName() + "." + valor.name());
  }

  private static void requerida(Enum<?> escala, String campo) {
    if (escala == null) {
      throw ValidacionException.de("seguimiento.requerido", Mensajes.texto(campo));
    }
  }

  private static String texto(String valor) {
    return valor == null || valor.isBlank() ? null : valor.trim();
  }

  private static void longitud(String valor, int maximo, String campo) {
    if (valor != null && valor.length() > maximo) {
      throw ValidacionException.de(
          "seguimiento.longitud", campo, String.valueOf(maximo), String.valueOf(valor.length()));
    }
  }
}
