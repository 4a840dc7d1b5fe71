package mx.infoqro.gobiernoabierto.rendicion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.compromiso.ReglasAvance;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados.UltimoReporte;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public dashboard of commitments ({@code /compromisos}): every commitment of every published
 * plan, filtered by edition, axis, agency, status and text, a page of them with their last verified
 * report, and the summary figures per axis and per agency of what the filters select. Four queries
 * whatever the number of commitments (the commitments with their milestones and evaluations, and
 * the last reports of the page).
 */
@Service
class TableroCompromisos {

  static final int POR_PAGINA = 20;

  /** The status filter: a completion level, or late, or evaluated. */
  enum Estado {
    NO_INICIADO,
    LIMITADO,
    SUSTANCIAL,
    COMPLETO,
    CON_RETRASO,
    EVALUADO;

    boolean cumple(FilaCompromiso c) {
      return switch (this) {
        case CON_RETRASO -> c.conRetraso();
        case EVALUADO -> c.evaluado();
        default -> c.nivel() == Cumplimiento.valueOf(name());
      };
    }
  }

  /** What the visitor asked for; blanks mean "all". */
  record Filtro(String edicion, String eje, String sujeto, Estado estado, String texto, int pagina) {}

  record Opcion(String valor, String etiqueta) {}

  record FilaTablero(FilaCompromiso compromiso, UltimoReporte ultimoReporte) {}

  /** Figures of a group of commitments (an axis, an agency). */
  record Resumen(String clave, String nombre, int compromisos, int avance, int completos, int conRetraso) {}

  record Tablero(
      Filtro filtro,
      List<Opcion> ediciones,
      List<Opcion> ejes,
      List<Opcion> sujetos,
      int total,
      int avance,
      List<FilaTablero> filas,
      int pagina,
      int paginas,
      List<Resumen> porEje,
      List<Resumen> porSujeto) {}

  private final CompromisosPublicados publicados;
  private final ReportesPublicados reportes;

  TableroCompromisos(CompromisosPublicados publicados, ReportesPublicados reportes) {
    this.publicados = publicados;
    this.reportes = reportes;
  }

  @Transactional(readOnly = true)
  Tablero tablero(Filtro filtro) {
    List<FilaCompromiso> todos = publicados.compromisos();
    List<Opcion> ediciones = opciones(todos, FilaCompromiso::edicion, FilaCompromiso::edicion);
    List<Opcion> ejes = opciones(todos, FilaCompromiso::ejeClave, FilaCompromiso::eje);
    List<Opcion> sujetos = opciones(todos, FilaCompromiso::sujetoClave, FilaCompromiso::sujeto);
    String texto = normalizar(filtro.texto());
    Predicate<FilaCompromiso> cumple =
        c -> (vacio(filtro.edicion()) || filtro.edicion().equals(c.edicion()))
            && (vacio(filtro.eje()) || filtro.eje().equals(c.ejeClave()))
            && (vacio(filtro.sujeto()) || filtro.sujeto().equals(c.sujetoClave()))
            && (filtro.estado() == null || filtro.estado().cumple(c))
            && (texto.isEmpty() || normalizar(c.folio() + " " + c.titulo() + " " + c.sujeto() + " " + c.eje()).contains(texto));
    List<FilaCompromiso> seleccion = todos.stream().filter(cumple).toList();
    int paginas = Math.max(1, (seleccion.size() + POR_PAGINA - 1) / POR_PAGINA);
    int pagina = Math.min(Math.max(1, filtro.pagina()), paginas);
    List<FilaCompromiso> deLaPagina =
        seleccion.subList(Math.min((pagina - 1) * POR_PAGINA, seleccion.size()), Math.min(pagina * POR_PAGINA, seleccion.size()));
    Map<Long, UltimoReporte> ultimos = reportes.ultimos(deLaPagina.stream().map(FilaCompromiso::id).toList());
    return new Tablero(
        filtro,
        ediciones,
        ejes,
        sujetos,
        seleccion.size(),
        avance(seleccion),
        deLaPagina.stream().map(c -> new FilaTablero(c, ultimos.get(c.id()))).toList(),
        pagina,
        paginas,
        resumen(seleccion, FilaCompromiso::ejeClave, FilaCompromiso::eje),
        resumen(seleccion, FilaCompromiso::sujetoClave, FilaCompromiso::sujeto));
  }

  /** An edition's (or any selection's) progress: the mean over its commitments (DOMAIN.md). */
  static int avance(List<FilaCompromiso> compromisos) {
    return ReglasAvance.avance(compromisos.stream().map(FilaCompromiso::avance).toList());
  }

  private static List<Resumen> resumen(
      List<FilaCompromiso> seleccion, Function<FilaCompromiso, String> clave, Function<FilaCompromiso, String> nombre) {
    Map<String, List<FilaCompromiso>> grupos = new LinkedHashMap<>();
    seleccion.forEach(c -> grupos.computeIfAbsent(clave.apply(c), k -> new ArrayList<>()).add(c));
    return grupos.values().stream()
        .map(
            g -> new Resumen(
                clave.apply(g.get(0)), nombre.apply(g.get(0)), g.size(), avance(g),
                (int) g.stream().filter(c -> c.nivel() == Cumplimiento.COMPLETO).count(),
                (int) g.stream().filter(FilaCompromiso::conRetraso).count()))
        .sorted((a, b) -> a.nombre().compareTo(b.nombre()))
        .toList();
  }

  private static List<Opcion> opciones(
      List<FilaCompromiso> todos, Function<FilaCompromiso, String> valor, Function<FilaCompromiso, String> etiqueta) {
    Map<String, String> unicas = new LinkedHashMap<>();
    todos.forEach(c -> unicas.putIfAbsent(valor.apply(c), etiqueta.apply(c)));
    return unicas.entrySet().stream().map(e -> new Opcion(e.getKey(), e.getValue())).toList();
  }

  /** Lower case without accents, so «educacion» finds «Educación». */
  static String normalizar(String texto) {
    if (texto == null) {
      return "";
    }
    return Normalizer.normalize(texto.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static boolean vacio(String valor) {
    return valor == null || valor.isBlank();
  }
}
