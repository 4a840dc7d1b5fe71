package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.ReglasEstandares.ultima;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.PlanPublicado;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.InstalacionStl;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl.VistaSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStl.EstadoSesionStl;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates the cadence standards are judged on, for an edition: the forum's meetings (its
 * installation and the STL sessions held), the publications of the public repository (call,
 * minutes, plan, verified reports, final report) and the meetings held during the plan, each with
 * its evidence. Read by the page {@code /estandares} ({@link EstandaresOgp}) and by the cadence
 * watch ({@link VigilanciaEstandares}), so both judge the same dates. Only public data.
 */
@Service
public class FechasEstandares {

  private final ConsultaEjercicios ejercicios;
  private final StlService stl;
  private final ConsultaSesionesStl sesionesStl;
  private final PlanesPublicados planes;
  private final ReportesPublicados reportes;
  private final Plazos plazos;

  FechasEstandares(
      ConsultaEjercicios ejercicios,
      StlService stl,
      ConsultaSesionesStl sesionesStl,
      PlanesPublicados planes,
      ReportesPublicados reportes,
      Plazos plazos) {
    this.ejercicios = ejercicios;
    this.stl = stl;
    this.sesionesStl = sesionesStl;
    this.planes = planes;
    this.reportes = reportes;
    this.plazos = plazos;
  }

  /** One piece of evidence: what, when, and where to see it (a path of the portal, or null). */
  public record Evidencia(String texto, LocalDate fecha, String enlace) {}

  /**
   * The dates of an edition: the forum's evidence and its last meeting, the repository's and its
   * last publication, the meetings held within the plan's dates (and those dates), and the STL
   * sessions whose minutes the page lists.
   */
  record Fechas(
      List<Evidencia> foro,
      LocalDate ultimaReunion,
      List<Evidencia> repositorio,
      LocalDate ultimaPublicacion,
      List<Evidencia> implementacion,
      List<LocalDate> reunionesImplementacion,
      LocalDate inicioPlan,
      LocalDate finPlan,
      List<VistaSesionStl> sesiones) {}

  /** The dates of the edition {@code e}. */
  @Transactional(readOnly = true)
  public Fechas de(Ejercicio e) {
    String folio = e.getFolio();
    Convocatoria c = ejercicios.convocatoria(e.getId()).orElseThrow();
    Optional<InstalacionStl> instalacion = stl.instalacion(e.getId());
    List<VistaSesionStl> sesiones = sesionesStl.deEjercicio(e.getId());

    List<Evidencia> foro = new ArrayList<>();
    List<LocalDate> reuniones = new ArrayList<>();
    instalacion.ifPresent(i -> {
      foro.add(new Evidencia(Mensajes.texto("estandares.evidencia.instalacion"), i.getFechaInstalacion(), null));
      reuniones.add(i.getFechaInstalacion());
    });
    for (VistaSesionStl s : sesiones) {
      if (s.estado() == EstadoSesionStl.PROGRAMADA) {
        foro.add(new Evidencia(Mensajes.texto("estandares.evidencia.sesion-programada", s.folio()),
            s.fechaHora().atZoneSameInstant(plazos.ahora().getZone()).toLocalDate(), ancla(folio, s)));
      } else {
        foro.add(new Evidencia(Mensajes.texto("estandares.evidencia.sesion-" + s.estado().name().toLowerCase().replace('_', '-'), s.folio()),
            plazos.dia(s.celebrada()), ancla(folio, s)));
        if (s.estado() == EstadoSesionStl.CELEBRADA) {
          reuniones.add(plazos.dia(s.celebrada()));
        }
      }
    }

    List<Evidencia> repositorio = new ArrayList<>();
    repositorio.add(new Evidencia(Mensajes.texto("estandares.evidencia.convocatoria"), plazos.dia(c.getPublicada()), "/convocatoria"));
    instalacion.filter(i -> i.getPublicada() != null).ifPresent(i ->
        repositorio.add(new Evidencia(Mensajes.texto("estandares.evidencia.acta-instalacion"), plazos.dia(i.getPublicada()), null)));
    sesiones.stream().filter(VistaSesionStl::publicada).forEach(s ->
        repositorio.add(new Evidencia(Mensajes.texto("estandares.evidencia.acta", s.folio()), plazos.dia(s.actaPublicada()), ancla(folio, s))));
    Optional<PlanPublicado> plan = planes.plan(folio);
    plan.ifPresent(p -> repositorio.add(new Evidencia(Mensajes.texto("estandares.evidencia.plan"), p.publicado(), "/plan-de-accion/" + folio)));
    reportes.ultimos(planes.delPlan(e.getId())).values().stream()
        .map(ReportesPublicados.UltimoReporte::publicado).filter(f -> f != null).distinct().sorted()
        .forEach(f -> repositorio.add(new Evidencia(Mensajes.texto("estandares.evidencia.reportes"), f, "/compromisos?edicion=" + folio)));
    if (e.getInformeFinalPublicado() != null) {
      repositorio.add(new Evidencia(Mensajes.texto("estandares.evidencia.informe"), plazos.dia(e.getInformeFinalPublicado()), "/informe-final"));
    }
    repositorio.sort(Comparator.comparing(Evidencia::fecha, Comparator.nullsLast(Comparator.naturalOrder())));

    List<Evidencia> implementacion = new ArrayList<>();
    List<LocalDate> reunionesPlan = new ArrayList<>();
    for (VistaSesionStl s : sesiones) {
      LocalDate dia = plazos.dia(s.celebrada());
      if (s.estado() == EstadoSesionStl.CELEBRADA && c.getFechaInicioPlan() != null && !dia.isBefore(c.getFechaInicioPlan())
          && !dia.isAfter(c.getFechaFinPlan())) {
        reunionesPlan.add(dia);
        implementacion.add(new Evidencia(Mensajes.texto("estandares.evidencia.sesion-celebrada", s.folio()), dia, ancla(folio, s)));
      }
    }
    return new Fechas(foro, ultima(reuniones), repositorio, ultima(repositorio.stream().map(Evidencia::fecha).toList()),
        implementacion, reunionesPlan, c.getFechaInicioPlan(), c.getFechaFinPlan(), sesiones);
  }

  private static String ancla(String folio, VistaSesionStl s) {
    return "/estandares/" + folio + "#sesion-" + s.numero();
  }
}
