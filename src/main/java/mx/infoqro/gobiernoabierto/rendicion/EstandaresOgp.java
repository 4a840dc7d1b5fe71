package mx.infoqro.gobiernoabierto.rendicion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas.PropuestaPublica;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl.VistaSesionStl;
import mx.infoqro.gobiernoabierto.rendicion.FechasEstandares.Evidencia;
import mx.infoqro.gobiernoabierto.rendicion.FechasEstandares.Fechas;
import mx.infoqro.gobiernoabierto.rendicion.ReglasEstandares.EstadoEstandar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OGP Participation and Co-Creation Standards of an edition, computed from its real data (the
 * forum's installation and sessions, the publications of the public repository, the reasoned
 * responses to proposals, the published timeline) with the thresholds of {@link
 * PropiedadesEstandares}; the states are decided by {@link ReglasEstandares}. Only public data.
 */
@Service
public class EstandaresOgp {

  private final ConsultaEjercicios ejercicios;
  private final FechasEstandares fechas;
  private final ConsultaMesas mesas;
  private final Plazos plazos;
  private final PropiedadesEstandares umbrales;

  EstandaresOgp(
      ConsultaEjercicios ejercicios,
      FechasEstandares fechas,
      ConsultaMesas mesas,
      Plazos plazos,
      PropiedadesEstandares umbrales) {
    this.ejercicios = ejercicios;
    this.fechas = fechas;
    this.mesas = mesas;
    this.plazos = plazos;
    this.umbrales = umbrales;
  }

  /** A standard (clave: foro, repositorio, calendario, respuestas, implementacion) and its state. */
  public record Estandar(String clave, EstadoEstandar estado, String resumen, List<Evidencia> evidencias) {

    /** The state's name (CUMPLIDO, EN_RIESGO, NO_CUMPLIDO, PENDIENTE), for readers outside the page. */
    public String estadoClave() {
      return estado.name();
    }
  }

  /** The standards of an edition as of {@code calculado}, with the forum's sessions whose minutes the page shows. */
  public record EstandaresEdicion(String folio, LocalDate calculado, List<Estandar> estandares, List<VistaSesionStl> sesiones) {}

  /** The editions whose call is published, most recent first (the others do not exist for the public). */
  public List<String> ediciones() {
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
    Fechas f = fechas.de(e);
    List<Estandar> estandares = List.of(foro(f, hoy), repositorio(f, hoy), calendario(c, hoy), respuestas(folio, hoy), implementacion(f, hoy));
    return Optional.of(new EstandaresEdicion(folio, hoy, estandares, f.sesiones()));
  }

  private Estandar foro(Fechas f, LocalDate hoy) {
    LocalDate ultimaReunion = f.ultimaReunion();
    EstadoEstandar estado = ReglasEstandares.cadencia(ultimaReunion, hoy, umbrales.mesesAviso(), umbrales.mesesLimite());
    String resumen = ultimaReunion == null
        ? Mensajes.texto("estandares.foro.sin-reunion")
        : Mensajes.texto("estandares.foro.ultima", formato(ultimaReunion), String.valueOf(umbrales.mesesLimite()));
    return new Estandar("foro", estado, resumen, f.foro());
  }

  private Estandar repositorio(Fechas f, LocalDate hoy) {
    LocalDate ultimaPublicacion = f.ultimaPublicacion();
    EstadoEstandar estado = ReglasEstandares.cadencia(ultimaPublicacion, hoy, umbrales.mesesAviso(), umbrales.mesesLimite());
    String resumen = ultimaPublicacion == null
        ? Mensajes.texto("estandares.repositorio.sin-publicacion")
        : Mensajes.texto("estandares.repositorio.ultima", formato(ultimaPublicacion), String.valueOf(umbrales.mesesLimite()));
    return new Estandar("repositorio", estado, resumen, f.repositorio());
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
      // a proposal recorded without its reception date (the column allows it) has no known deadline
      LocalDate recibida = plazos.dia(p.recibida());
      LocalDate limite = recibida == null ? null : plazos.respuestaPropuestaRecibida(recibida);
      LocalDate respondida = plazos.dia(p.respondida());
      if (respondida != null && (limite == null || !respondida.isAfter(limite))) {
        enPlazo++;
      } else if (respondida == null && (limite == null || !hoy.isAfter(limite))) {
        esperando++;
      }
    }
    String resumen = Mensajes.texto("estandares.respuestas.cuenta", String.valueOf(enPlazo), String.valueOf(total), String.valueOf(esperando));
    return new Estandar("respuestas", ReglasEstandares.respuestas(total, enPlazo, esperando), resumen,
        List.of(new Evidencia(Mensajes.texto("estandares.evidencia.propuestas"), null, "/mesas")));
  }

  private Estandar implementacion(Fechas f, LocalDate hoy) {
    EstadoEstandar estado = ReglasEstandares.reunionesImplementacion(
        f.inicioPlan(), f.finPlan(), f.reunionesImplementacion(), hoy, umbrales.reunionesImplementacionAnuales());
    String resumen = Mensajes.texto("estandares.implementacion.cuenta", String.valueOf(f.reunionesImplementacion().size()),
        String.valueOf(umbrales.reunionesImplementacionAnuales()),
        f.inicioPlan() == null ? "—" : formato(f.inicioPlan()), f.finPlan() == null ? "—" : formato(f.finPlan()));
    return new Estandar("implementacion", estado, resumen, f.implementacion());
  }

  private static String formato(LocalDate fecha) {
    return fecha.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
