package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.compromiso.ReglasAvance;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia.EstadoArchivo;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * The read side of the progress reports the public sees: only reports that comision verified and
 * the follow-up published (a report exists only for a commitment of a published plan), and of
 * their files only those the antivirus found clean. Reports
 * sent, returned or under verification, and comision's observations, never leave through here.
 * Each list is read in a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class ReportesPublicados {

  private final EntityManager em;
  private final Plazos plazos;

  ReportesPublicados(EntityManager em, Plazos plazos) {
    this.em = em;
    this.plazos = plazos;
  }

  /** A published report: its period, narrative, per-milestone status and evidence. */
  public record ReportePublico(
      Long id,
      int periodo,
      LocalDate fechaCorte,
      LocalDate publicado,
      String narrativa,
      int avance,
      List<AvancePublico> avances,
      List<EvidenciaPublica> evidencias,
      List<ArchivoPublico> archivos) {}

  /** The status of one milestone in a published report. */
  public record AvancePublico(Long hitoId, String hito, EstadoHito estado, int porcentaje, String comentario) {}

  public record EvidenciaPublica(String descripcion, String url) {}

  /** An evidence file of a published report, scanned clean: its public address is {@link #ruta()}. */
  public record ArchivoPublico(String id, String nombre, String tipo, long tamanio, String sha256) {
    /** {@code /evidencias/<id>/<name>}, the name encoded as a path segment. */
    public String ruta() {
      return "/evidencias/" + id + "/" + UriUtils.encodePathSegment(nombre, StandardCharsets.UTF_8);
    }
  }

  /** An evidence file as the open data lists it: its commitment and report beside it. */
  public record FilaArchivo(String folioCompromiso, int periodo, ArchivoPublico archivo) {}

  /** The last published report of a commitment. */
  public record UltimoReporte(int periodo, LocalDate publicado) {}

  /** A published report as the open data lists it. */
  public record FilaReporte(
      String folioCompromiso,
      int periodo,
      LocalDate fechaCorte,
      LocalDate publicado,
      int avance,
      int hitosCompletados,
      int hitos,
      String narrativa,
      List<EvidenciaPublica> evidencias) {}

  /** The published reports of a commitment, latest period first: three queries. */
  public List<ReportePublico> deCompromiso(Long compromisoId) {
    List<ReporteAvance> reportes =
        em.createQuery(
                "select r from ReporteAvance r where r.compromiso.id = :id and r.estado = :publicado order by r.periodo desc",
                ReporteAvance.class)
            .setParameter("id", compromisoId)
            .setParameter("publicado", EstadoReporte.PUBLICADO)
            .getResultList();
    if (reportes.isEmpty()) {
      return List.of();
    }
    List<Long> ids = reportes.stream().map(ReporteAvance::getId).toList();
    Map<Long, List<AvancePublico>> avances = new HashMap<>();
    em.createQuery(
            "select a.reporte.id, h.id, h.descripcion, a.estado, a.porcentaje, a.comentario from AvanceHito a join a.hito h"
                + " where a.reporte.id in :ids order by h.fechaFin, h.id",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            a -> avances.computeIfAbsent((Long) a[0], k -> new ArrayList<>())
                .add(new AvancePublico((Long) a[1], ocultar((String) a[2]), (EstadoHito) a[3], (Integer) a[4], ocultar((String) a[5]))));
    Map<Long, List<EvidenciaPublica>> evidencias = evidencias(ids);
    Map<Long, List<ArchivoPublico>> archivos = new HashMap<>();
    em.createQuery(
            "select a.reporteId, a.id, a.nombre, a.tipoContenido, a.tamanio, a.sha256 from ArchivoEvidencia a"
                + " where a.reporteId in :ids and a.estado = :disponible order by a.subido, a.id",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("disponible", EstadoArchivo.DISPONIBLE)
        .getResultList()
        .forEach(a -> archivos.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(archivo(a, 1)));
    return reportes.stream()
        .map(
            r -> {
              List<AvancePublico> suyos = avances.getOrDefault(r.getId(), List.of());
              return new ReportePublico(
                  r.getId(), r.getPeriodo(), r.getFechaCorte(), plazos.dia(r.getPublicado()), ocultar(r.getNarrativa()),
                  ReglasAvance.avance(suyos.stream().map(AvancePublico::porcentaje).toList()), suyos,
                  evidencias.getOrDefault(r.getId(), List.of()), archivos.getOrDefault(r.getId(), List.of()));
            })
        .toList();
  }

  /** Every evidence file of every published report, scanned clean, by commitment and period (open data): one query. */
  public List<FilaArchivo> archivos() {
    return em.createQuery(
            "select c.folio, r.periodo, a.id, a.nombre, a.tipoContenido, a.tamanio, a.sha256 from ArchivoEvidencia a, ReporteAvance r"
                + " join r.compromiso c where r.id = a.reporteId and r.estado = :publicado and a.estado = :disponible"
                + " order by c.ejercicio.anio desc, c.numero, r.periodo, a.subido, a.id",
            Object[].class)
        .setParameter("publicado", EstadoReporte.PUBLICADO)
        .setParameter("disponible", EstadoArchivo.DISPONIBLE)
        .getResultList()
        .stream()
        .map(f -> new FilaArchivo((String) f[0], (Integer) f[1], archivo(f, 2)))
        .toList();
  }

  /** The last published report of each of the commitments (those without one are absent): one query. */
  public Map<Long, UltimoReporte> ultimos(Collection<Long> compromisoIds) {
    Map<Long, UltimoReporte> ultimos = new HashMap<>();
    if (compromisoIds.isEmpty()) {
      return ultimos;
    }
    em.createQuery(
            "select r.compromiso.id, max(r.periodo), max(r.publicado) from ReporteAvance r where r.estado = :publicado"
                + " and r.compromiso.id in :ids group by r.compromiso.id",
            Object[].class)
        .setParameter("publicado", EstadoReporte.PUBLICADO)
        .setParameter("ids", compromisoIds)
        .getResultList()
        .forEach(f -> ultimos.put((Long) f[0], new UltimoReporte((Integer) f[1], plazos.dia((Instant) f[2]))));
    return ultimos;
  }

  /** Every published report of every commitment, by commitment folio and period (open data): three queries. */
  public List<FilaReporte> todos() {
    List<Object[]> reportes =
        em.createQuery(
                "select r.id, c.folio, r.periodo, r.fechaCorte, r.publicado, r.narrativa from ReporteAvance r join r.compromiso c"
                    + " where r.estado = :publicado order by c.ejercicio.anio desc, c.numero, r.periodo",
                Object[].class)
            .setParameter("publicado", EstadoReporte.PUBLICADO)
            .getResultList();
    Map<Long, List<Object[]>> avances = new HashMap<>();
    em.createQuery(
            "select a.reporte.id, a.porcentaje, a.estado from AvanceHito a where a.reporte.estado = :publicado",
            Object[].class)
        .setParameter("publicado", EstadoReporte.PUBLICADO)
        .getResultList()
        .forEach(a -> avances.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(a));
    Map<Long, List<EvidenciaPublica>> evidencias = new HashMap<>();
    em.createQuery(
            "select e.reporte.id, e.descripcion, e.url from Evidencia e where e.reporte.estado = :publicado order by e.id",
            Object[].class)
        .setParameter("publicado", EstadoReporte.PUBLICADO)
        .getResultList()
        .forEach(e -> evidencias.computeIfAbsent((Long) e[0], k -> new ArrayList<>()).add(evidencia(e)));
    List<FilaReporte> filas = new ArrayList<>(reportes.size());
    for (Object[] r : reportes) {
      List<Object[]> suyos = avances.getOrDefault((Long) r[0], List.of());
      filas.add(
          new FilaReporte(
              (String) r[1], (Integer) r[2], (LocalDate) r[3], plazos.dia((Instant) r[4]),
              ReglasAvance.avance(suyos.stream().map(a -> (Integer) a[1]).toList()),
              (int) suyos.stream().filter(a -> a[2] == EstadoHito.COMPLETADO).count(), suyos.size(), ocultar((String) r[5]),
              evidencias.getOrDefault((Long) r[0], List.of())));
    }
    return filas;
  }

  /** The date of the latest publication of a report, if any. */
  public LocalDate ultimaPublicacion() {
    return plazos.dia(
        em.createQuery("select max(r.publicado) from ReporteAvance r where r.estado = :publicado", Instant.class)
            .setParameter("publicado", EstadoReporte.PUBLICADO)
            .getSingleResult());
  }

  private Map<Long, List<EvidenciaPublica>> evidencias(List<Long> reporteIds) {
    Map<Long, List<EvidenciaPublica>> evidencias = new LinkedHashMap<>();
    em.createQuery("select e.reporte.id, e.descripcion, e.url from Evidencia e where e.reporte.id in :ids order by e.id", Object[].class)
        .setParameter("ids", reporteIds)
        .getResultList()
        .forEach(e -> evidencias.computeIfAbsent((Long) e[0], k -> new ArrayList<>()).add(evidencia(e)));
    return evidencias;
  }

  /** The file of a row whose id, name, type, size and hash start at column {@code desde}. */
  private static ArchivoPublico archivo(Object[] f, int desde) {
    return new ArchivoPublico(
        (String) f[desde], ArchivoEvidencia.nombrePublico((String) f[desde + 1]), (String) f[desde + 2], ((Number) f[desde + 3]).longValue(), (String) f[desde + 4]);
  }

  private static EvidenciaPublica evidencia(Object[] e) {
    return new EvidenciaPublica(ocultar((String) e[1]), (String) e[2]);
  }
}
