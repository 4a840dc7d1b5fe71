package mx.infoqro.gobiernoabierto.datosabiertos;

import static mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Tipo.BOOLEANO;
import static mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Tipo.ENTERO;
import static mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Tipo.FECHA;
import static mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Tipo.LISTA;
import static mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Tipo.TEXTO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.compromiso.HistorialCambios;
import mx.infoqro.gobiernoabierto.compromiso.HistorialCambios.CampoPublico;
import mx.infoqro.gobiernoabierto.compromiso.HistorialCambios.FilaCambio;
import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.EdicionConPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.TextosCompromiso;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Columna;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados.FilaArchivo;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados.FilaReporte;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados.UltimoReporte;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open datasets (DOMAIN.md, "Open data"): only published or verified data, no personal data
 * (authors as the public name they chose, free text without e-mails or phones), column names
 * stable and in Spanish snake_case, each described in the data dictionary. Each dataset is read
 * in a fixed number of queries. The datasets of implementation are built here, those of
 * co-creation (proposals, participation) by {@link ConjuntosCocreacion}.
 */
@Service
class ConjuntosDatos {

  /** The dataset identifiers, in the order the page lists them. */
  static final List<String> IDS = List.of("compromisos", "hitos", "avances", "evidencias", "cambios", "propuestas", "participacion", "sesiones", "estandares");

  /** Which datasets are also offered as XLSX (the participation aggregates and the standards are CSV and JSON only). */
  static boolean conXlsx(String id) {
    return !"participacion".equals(id) && !"estandares".equals(id);
  }

  static final Map<String, List<Columna>> COLUMNAS =
      Map.of(
          "compromisos",
          List.of(
              new Columna("edicion", TEXTO), new Columna("folio", TEXTO), new Columna("titulo", TEXTO),
              new Columna("eje_tematico", TEXTO), new Columna("institucion_responsable", TEXTO),
              new Columna("siglas_institucion", TEXTO), new Columna("fecha_inicio", FECHA), new Columna("fecha_fin", FECHA),
              new Columna("valores_gobierno_abierto", LISTA), new Columna("otros_actores", TEXTO), new Columna("problema", TEXTO),
              new Columna("status_quo", TEXTO), new Columna("descripcion", TEXTO), new Columna("como_resuelve", TEXTO),
              new Columna("mesa", TEXTO), new Columna("numero_hitos", ENTERO), new Columna("hitos_completados", ENTERO),
              new Columna("avance_porcentaje", ENTERO), new Columna("nivel_cumplimiento", TEXTO),
              new Columna("nivel_segun_evaluacion", BOOLEANO), new Columna("con_retraso", BOOLEANO),
              new Columna("ultimo_reporte_periodo", ENTERO), new Columna("ultimo_reporte_fecha", FECHA), new Columna("url", TEXTO),
              new Columna("version", ENTERO)),
          "hitos",
          List.of(
              new Columna("edicion", TEXTO), new Columna("folio_compromiso", TEXTO), new Columna("numero_hito", ENTERO),
              new Columna("descripcion", TEXTO), new Columna("producto_esperado", TEXTO), new Columna("fecha_inicio", FECHA),
              new Columna("fecha_fin", FECHA), new Columna("estado", TEXTO), new Columna("avance_porcentaje", ENTERO),
              new Columna("con_retraso", BOOLEANO), new Columna("retirado", BOOLEANO), new Columna("version_compromiso", ENTERO)),
          "avances",
          List.of(
              new Columna("edicion", TEXTO), new Columna("folio_compromiso", TEXTO), new Columna("periodo", ENTERO),
              new Columna("fecha_corte", FECHA), new Columna("fecha_publicacion", FECHA), new Columna("avance_porcentaje", ENTERO),
              new Columna("hitos_completados", ENTERO), new Columna("numero_hitos", ENTERO), new Columna("narrativa", TEXTO),
              new Columna("evidencias", LISTA), new Columna("url", TEXTO)),
          "evidencias",
          List.of(
              new Columna("edicion", TEXTO), new Columna("folio_compromiso", TEXTO), new Columna("periodo", ENTERO),
              new Columna("nombre", TEXTO), new Columna("tipo", TEXTO), new Columna("tamanio_bytes", ENTERO),
              new Columna("sha256", TEXTO), new Columna("url", TEXTO), new Columna("url_reporte", TEXTO)),
          "cambios",
          List.of(
              new Columna("edicion", TEXTO), new Columna("folio_compromiso", TEXTO), new Columna("version", ENTERO),
              new Columna("campo", TEXTO), new Columna("hito", TEXTO), new Columna("valor_anterior", TEXTO),
              new Columna("valor_nuevo", TEXTO), new Columna("justificacion", TEXTO), new Columna("fecha_solicitud", FECHA),
              new Columna("fecha_decision", FECHA), new Columna("decision", TEXTO), new Columna("motivo_rechazo", TEXTO),
              new Columna("url", TEXTO)),
          "propuestas",
          List.of(
              new Columna("edicion", TEXTO), new Columna("numero", ENTERO), new Columna("mesa", TEXTO),
              new Columna("eje_tematico", TEXTO), new Columna("autor", TEXTO), new Columna("sesion", ENTERO),
              new Columna("fecha_recepcion", FECHA), new Columna("problema", TEXTO), new Columna("causa", TEXTO),
              new Columna("propuesta", TEXTO), new Columna("respuesta", TEXTO), new Columna("razon", TEXTO),
              new Columna("fecha_respuesta", FECHA), new Columna("fusionada_con", ENTERO), new Columna("folio_compromiso", TEXTO),
              new Columna("url", TEXTO)),
          "participacion",
          List.of(
              new Columna("edicion", TEXTO), new Columna("fecha_corte", FECHA), new Columna("dimension", TEXTO),
              new Columna("categoria", TEXTO), new Columna("clave_entidad_inegi", TEXTO), new Columna("clave_municipio_inegi", TEXTO),
              new Columna("valor", ENTERO), new Columna("unidad", TEXTO), new Columna("menos_de_3", BOOLEANO),
              new Columna("dato_reservado", BOOLEANO)),
          "sesiones",
          List.of(
              new Columna("edicion", TEXTO), new Columna("folio", TEXTO), new Columna("tipo", TEXTO), new Columna("numero", ENTERO),
              new Columna("fecha", FECHA), new Columna("hora", TEXTO), new Columna("estado", TEXTO), new Columna("lugar", TEXTO),
              new Columna("enlace", TEXTO), new Columna("orden_dia", TEXTO), new Columna("fecha_celebracion", FECHA),
              new Columna("asistentes_comision", ENTERO), new Columna("asistentes_gobierno", ENTERO),
              new Columna("asistentes_sociedad_civil", ENTERO), new Columna("quorum", BOOLEANO), new Columna("acuerdos", TEXTO),
              new Columna("fecha_publicacion_acta", FECHA), new Columna("url_acta", TEXTO)),
          "estandares",
          List.of(
              new Columna("edicion", TEXTO), new Columna("estandar", TEXTO), new Columna("nombre", TEXTO), new Columna("estado", TEXTO),
              new Columna("situacion", TEXTO), new Columna("fecha_calculo", FECHA), new Columna("numero_evidencias", ENTERO),
              new Columna("fecha_ultima_evidencia", FECHA), new Columna("evidencias", LISTA), new Columna("url", TEXTO)));

  private final PlanesPublicados planes;
  private final CompromisosPublicados publicados;
  private final ReportesPublicados reportes;
  private final HistorialCambios historiales;
  private final ConjuntosCocreacion cocreacion;
  private final ConjuntosForo foro;
  private final Organismo organismo;

  ConjuntosDatos(
      PlanesPublicados planes,
      CompromisosPublicados publicados,
      ReportesPublicados reportes,
      HistorialCambios historiales,
      ConjuntosCocreacion cocreacion,
      ConjuntosForo foro,
      Organismo organismo) {
    this.planes = planes;
    this.publicados = publicados;
    this.reportes = reportes;
    this.historiales = historiales;
    this.cocreacion = cocreacion;
    this.foro = foro;
    this.organismo = organismo;
  }

  /** A dataset with its rows; empty for an unknown identifier. */
  @Transactional(readOnly = true)
  Optional<ConjuntoDatos> conjunto(String id) {
    Supplier<ConjuntoDatos> fabrica =
        switch (id) {
          case "compromisos" -> this::compromisos;
          case "hitos" -> this::hitos;
          case "avances" -> this::avances;
          case "evidencias" -> this::evidencias;
          case "cambios" -> this::cambios;
          case "propuestas" -> cocreacion::propuestas;
          case "participacion" -> cocreacion::participacion;
          case "sesiones" -> foro::sesiones;
          case "estandares" -> foro::estandares;
          default -> null;
        };
    return Optional.ofNullable(fabrica).map(Supplier::get);
  }

  private ConjuntoDatos compromisos() {
    List<FilaCompromiso> filas = publicados.compromisos();
    Map<Long, TextosCompromiso> textos = publicados.textos();
    Map<Long, UltimoReporte> ultimos = reportes.ultimos(filas.stream().map(FilaCompromiso::id).toList());
    List<List<Object>> datos = new ArrayList<>(filas.size());
    for (FilaCompromiso c : filas) {
      TextosCompromiso t = textos.get(c.id());
      UltimoReporte u = ultimos.get(c.id());
      datos.add(
          Arrays.asList(
              c.edicion(), c.folio(), c.titulo(), c.eje(), c.sujeto(), c.siglas(), c.inicio(), c.fin(),
              c.valores().stream().map(v -> Mensajes.texto("rendicion.valor." + v.name())).toList(), c.otrosActores(),
              t.problema(), t.statusQuo(), t.descripcion(), t.comoResuelve(), c.mesaFolio(), c.hitos(), c.hitosCompletados(),
              c.avance(), Mensajes.texto("rendicion.nivel." + c.nivel().name()), c.evaluado(), c.conRetraso(),
              u != null ? u.periodo() : null, u != null ? u.publicado() : null, url("/compromisos/" + c.folio()), c.version()));
    }
    return new ConjuntoDatos("compromisos", COLUMNAS.get("compromisos"), datos, ultimaPublicacion(datos, 22));
  }

  private ConjuntoDatos hitos() {
    List<List<Object>> datos =
        publicados.hitos().stream()
            .map(
                h -> Arrays.<Object>asList(
                    h.edicion(), h.folioCompromiso(), h.numero(), h.descripcion(), h.producto(), h.inicio(), h.fin(),
                    Mensajes.texto("rendicion.hito.estado." + h.estado().name()), h.porcentaje(), h.conRetraso(), h.retirado(),
                    h.version()))
            .toList();
    return new ConjuntoDatos("hitos", COLUMNAS.get("hitos"), datos, fechaPlanes());
  }

  private ConjuntoDatos avances() {
    List<List<Object>> datos = new ArrayList<>();
    for (FilaReporte r : reportes.todos()) {
      datos.add(
          Arrays.asList(
              edicionDe(r.folioCompromiso()), r.folioCompromiso(), r.periodo(), r.fechaCorte(), r.publicado(), r.avance(),
              r.hitosCompletados(), r.hitos(), r.narrativa(),
              r.evidencias().stream().map(e -> e.descripcion() + ": " + e.url()).toList(),
              url("/compromisos/" + r.folioCompromiso() + "#reporte-" + r.periodo())));
    }
    return new ConjuntoDatos("avances", COLUMNAS.get("avances"), datos, ultimaPublicacion(datos, 4));
  }

  private ConjuntoDatos evidencias() {
    List<List<Object>> datos = new ArrayList<>();
    for (FilaArchivo f : reportes.archivos()) {
      datos.add(
          Arrays.asList(
              edicionDe(f.folioCompromiso()), f.folioCompromiso(), f.periodo(), f.archivo().nombre(), f.archivo().tipo(),
              f.archivo().tamanio(), f.archivo().sha256(), url(f.archivo().ruta()),
              url("/compromisos/" + f.folioCompromiso() + "#reporte-" + f.periodo())));
    }
    return new ConjuntoDatos("evidencias", COLUMNAS.get("evidencias"), datos, fechaPlanes());
  }

  /** One row per changed field of each decided request: approved (with the version it made) or rejected (with its reason). */
  private ConjuntoDatos cambios() {
    List<List<Object>> datos = new ArrayList<>();
    for (FilaCambio k : historiales.todos()) {
      CampoPublico f = k.campo();
      String decision = !k.aprobado() ? "rechazado" : k.pleno() ? "aprobado-stl-pleno" : "aprobado-stl";
      datos.add(
          Arrays.asList(
              k.edicion(), k.folioCompromiso(), k.version(), Mensajes.texto("rendicion.cambio.campo." + f.campo().name()), f.hito(),
              f.antes(), f.despues(), k.justificacion(), k.solicitado(), k.decidido(), Mensajes.texto("datos.cambios.decision." + decision),
              k.motivoRechazo(), url("/compromisos/" + k.folioCompromiso() + "/versiones")));
    }
    LocalDate modificado = datos.stream().map(f -> (LocalDate) f.get(9)).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    return new ConjuntoDatos("cambios", COLUMNAS.get("cambios"), datos, modificado);
  }

  private LocalDate fechaPlanes() {
    LocalDate plan = planes.ediciones().stream().map(EdicionConPlan::publicado).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    LocalDate reporte = reportes.ultimaPublicacion();
    return plan == null || (reporte != null && reporte.isAfter(plan)) ? reporte : plan;
  }

  /** The latest of the plans' publication and the dates in a column of the rows. */
  private LocalDate ultimaPublicacion(List<List<Object>> datos, int columna) {
    LocalDate enFilas = datos.stream().map(f -> (LocalDate) f.get(columna)).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    LocalDate planes = fechaPlanes();
    return enFilas == null || (planes != null && planes.isAfter(enFilas)) ? planes : enFilas;
  }

  private static String edicionDe(String folioCompromiso) {
    int i = folioCompromiso.indexOf("-C-");
    return i < 0 ? null : folioCompromiso.substring(0, i);
  }

  private String url(String ruta) {
    return organismo.getSitio() + ruta;
  }
}
