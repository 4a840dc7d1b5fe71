package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.ReglasEstandares.ultima;

import java.time.LocalDate;
import java.util.ArrayList;
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
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas.PropuestaPublica;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl.VistaSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStl.EstadoSesionStl;
import mx.infoqro.gobiernoabierto.rendicion.ReglasEstandares.EstadoEstandar;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OGP Participation and Co-Creation Standards of an edition, computed from its real data (the
 * forum's installation and sessions, the publications of the public repository, the reasoned
 * responses to proposals, the published timeline) with the thresholds of {@link
 * PropiedadesEstandares}; the states are decided by {@link ReglasEstandares}. Only public data.
 */
@Service
class EstandaresOgp {

  private final ConsultaEjercicios ejercicios;
  private final StlService stl;
  private final ConsultaSesionesStl sesionesStl;
  private final ConsultaMesas mesas;
  private final PlanesPublicados planes;
  private final ReportesPublicados reportes;
  private final Plazos plazos;
  private final PropiedadesEstandares umbrales;

  EstandaresOgp(
      ConsultaEjercicios ejercicios,
      StlService stl,
      ConsultaSesionesStl sesionesStl,
      ConsultaMesas mesas,
      PlanesPublicados planes,
      ReportesPublicados reportes,
      Plazos plazos,
      PropiedadesEstandares umbrales) {
    this.ejercicios = ejercicios;
    this.stl = stl;
    this.sesionesStl = sesionesStl;
    this.mesas = mesas;
    this.planes = planes;
    this.reportes = reportes;
    this.plazos = plazos;
    this.umbrales = umbrales;
  }

  /** One piece of evidence: what, when, and where to see it (a path of the portal, or null). */
  record Evidencia(String texto, LocalDate fecha, String enlace) {}

  /** A standard (clave: foro, repositorio, calendario, respuestas, implementacion) and its state. */
  record Estandar(String clave, EstadoEstandar estado, String resumen, List<Evidencia> evidencias) {}

  /** The standards of an edition as of {@code calculado}, with the forum's sessions whose minutes the page shows. */
  record EstandaresEdicion(String folio, LocalDate calculado, List<Estandar> estandares, List<VistaSesionStl> sesiones) {}

  /** The editions whose call is published, most recent first (the others do not exist for the public). */
  List<String> ediciones() {
    return ejercicios.publicadas().stream().map(Ejercicio::getFolio).toList();
  }

  /** The standards of a published edition, or empty for an unknown or unpublished one. */
  @Transactional(readOnly = true)
  public Optional<EstandaresEdicion> deEdicion(String folio) {
    Optional<Ejercicio> encontrado = ejercicios.porFolio(folio).filter(e -> ejercicios.publicada(e.getId()));
    if (encontrado.isEmpty()) {
      return Optional.empty();
    }
    Ejercicio e = encontrado.get();
    LocalDate hoy = plazos.hoy();
    Convocatoria c = ejercicios.convocatoria(e.getId()).orElseThrow();
    Optional<InstalacionStl> instalacion = stl.instalacion(e.getId());
    List<VistaSesionStl> sesiones = sesionesStl.deEjercicio(e.getId());
    Optional<PlanPublicado> plan = planes.plan(folio);
    List<Estandar> estandares = List.of(
        foro(instalacion, sesiones, hoy, folio),
        repositorio(e, c, instalacion, sesiones, plan, hoy, folio),
        calendario(c, hoy),
        respuestas(folio, hoy),
        implementacion(c, sesiones, hoy, folio));
    return Optional.of(new EstandaresEdicion(folio, hoy, estandares, sesiones));
  }

  private Estandar foro(Optional<InstalacionStl> instalacion, List<VistaSesionStl> sesiones, LocalDate hoy, String folio) {
    List<Evidencia> evidencias = new ArrayList<>();
    List<LocalDate> reuniones = new ArrayList<>();
    instalacion.ifPresent(i -> {
      evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.instalacion"), i.getFechaInstalacion(), null));
      reuniones.add(i.getFechaInstalacion());
    });
    for (VistaSesionStl s : sesiones) {
      if (s.estado() == EstadoSesionStl.PROGRAMADA) {
        evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.sesion-programada", s.folio()),
            s.fechaHora().atZoneSameInstant(plazos.ahora().getZone()).toLocalDate(), ancla(folio, s)));
      } else {
        evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.sesion-" + s.estado().name().toLowerCase().replace('_', '-'), s.folio()),
            plazos.dia(s.celebrada()), ancla(folio, s)));
        if (s.estado() == EstadoSesionStl.CELEBRADA) {
          reuniones.add(plazos.dia(s.celebrada()));
        }
      }
    }
    LocalDate ultimaReunion = ultima(reuniones);
    EstadoEstandar estado = ReglasEstandares.cadencia(ultimaReunion, hoy, umbrales.mesesAviso(), umbrales.mesesLimite());
    String resumen = ultimaReunion == null
        ? Mensajes.texto("estandares.foro.sin-reunion")
        : Mensajes.texto("estandares.foro.ultima", formato(ultimaReunion), String.valueOf(umbrales.mesesLimite()));
    return new Estandar("foro", estado, resumen, evidencias);
  }

  private Estandar repositorio(Ejercicio e, Convocatoria c, Optional<InstalacionStl> instalacion,
      List<VistaSesionStl> sesiones, Optional<PlanPublicado> plan, LocalDate hoy, String folio) {
    List<Evidencia> evidencias = new ArrayList<>();
    evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.convocatoria"), plazos.dia(c.getPublicada()), "/convocatoria"));
    instalacion.filter(i -> i.getPublicada() != null).ifPresent(i ->
        evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.acta-instalacion"), plazos.dia(i.getPublicada()), null)));
    sesiones.stream().filter(VistaSesionStl::publicada).forEach(s ->
        evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.acta", s.folio()), plazos.dia(s.actaPublicada()), ancla(folio, s))));
    plan.ifPresent(p -> evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.plan"), p.publicado(), "/plan-de-accion/" + folio)));
    reportes.ultimos(planes.delPlan(e.getId())).values().stream()
        .map(ReportesPublicados.UltimoReporte::publicado).filter(f -> f != null).distinct().sorted()
        .forEach(f -> evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.reportes"), f, "/compromisos?edicion=" + folio)));
    if (e.getInformeFinalPublicado() != null) {
      evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.informe"), plazos.dia(e.getInformeFinalPublicado()), "/informe-final"));
    }
    evidencias.sort(java.util.Comparator.comparing(Evidencia::fecha, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    LocalDate ultimaPublicacion = ultima(evidencias.stream().map(Evidencia::fecha).toList());
    EstadoEstandar estado = ReglasEstandares.cadencia(ultimaPublicacion, hoy, umbrales.mesesAviso(), umbrales.mesesLimite());
    String resumen = ultimaPublicacion == null
        ? Mensajes.texto("estandares.repositorio.sin-publicacion")
        : Mensajes.texto("estandares.repositorio.ultima", formato(ultimaPublicacion), String.valueOf(umbrales.mesesLimite()));
    return new Estandar("repositorio", estado, resumen, evidencias);
  }

  private Estandar calendario(Convocatoria c, LocalDate hoy) {
    LocalDate publicado = plazos.dia(c.getPublicada());
    EstadoEstandar estado =
        ReglasEstandares.calendarioAnticipado(publicado, c.getFechaInicioCocreacion(), hoy, umbrales.diasCalendarioAnticipado());
    List<Evidencia> evidencias = new ArrayList<>();
    evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.calendario"), publicado, "/convocatoria"));
    evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.inicio-cocreacion"), c.getFechaInicioCocreacion(), "/convocatoria"));
    String resumen = publicado == null || c.getFechaInicioCocreacion() == null
        ? Mensajes.texto("estandares.calendario.sin-publicar", String.valueOf(umbrales.diasCalendarioAnticipado()))
        : Mensajes.texto("estandares.calendario.anticipacion",
            String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(publicado, c.getFechaInicioCocreacion())),
            String.valueOf(umbrales.diasCalendarioAnticipado()));
    return new Estandar("calendario", estado, resumen, evidencias);
  }

  private Estandar respuestas(String folio, LocalDate hoy) {
    long total = 0;
    long enPlazo = 0;
    long esperando = 0;
    for (PropuestaPublica p : mesas.propuestasPublicas()) {
      if (!p.edicion().equals(folio)) {
        continue;
      }
      total++;
      LocalDate limite = plazos.respuestaPropuestaRecibida(plazos.dia(p.recibida()));
      LocalDate respondida = plazos.dia(p.respondida());
      if (respondida != null && !respondida.isAfter(limite)) {
        enPlazo++;
      } else if (respondida == null && !hoy.isAfter(limite)) {
        esperando++;
      }
    }
    String resumen = Mensajes.texto("estandares.respuestas.cuenta", String.valueOf(enPlazo), String.valueOf(total), String.valueOf(esperando));
    return new Estandar("respuestas", ReglasEstandares.respuestas(total, enPlazo, esperando), resumen,
        List.of(new Evidencia(Mensajes.texto("estandares.evidencia.propuestas"), null, "/mesas")));
  }

  private Estandar implementacion(Convocatoria c, List<VistaSesionStl> sesiones, LocalDate hoy, String folio) {
    List<Evidencia> evidencias = new ArrayList<>();
    List<LocalDate> reuniones = new ArrayList<>();
    for (VistaSesionStl s : sesiones) {
      LocalDate dia = plazos.dia(s.celebrada());
      if (s.estado() == EstadoSesionStl.CELEBRADA && c.getFechaInicioPlan() != null && !dia.isBefore(c.getFechaInicioPlan())
          && !dia.isAfter(c.getFechaFinPlan())) {
        reuniones.add(dia);
        evidencias.add(new Evidencia(Mensajes.texto("estandares.evidencia.sesion-celebrada", s.folio()), dia, ancla(folio, s)));
      }
    }
    EstadoEstandar estado = ReglasEstandares.reunionesImplementacion(
        c.getFechaInicioPlan(), c.getFechaFinPlan(), reuniones, hoy, umbrales.reunionesImplementacionAnuales());
    String resumen = Mensajes.texto("estandares.implementacion.cuenta", String.valueOf(reuniones.size()),
        String.valueOf(umbrales.reunionesImplementacionAnuales()),
        c.getFechaInicioPlan() == null ? "—" : formato(c.getFechaInicioPlan()), c.getFechaFinPlan() == null ? "—" : formato(c.getFechaFinPlan()));
    return new Estandar("implementacion", estado, resumen, evidencias);
  }

  private static String ancla(String folio, VistaSesionStl s) {
    return "/estandares/" + folio + "#sesion-" + s.numero();
  }

  private static String formato(LocalDate fecha) {
    return fecha.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
