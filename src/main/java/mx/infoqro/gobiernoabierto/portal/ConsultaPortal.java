package mx.infoqro.gobiernoabierto.portal;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.Edicion;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.Eje;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.EstadoRegistro;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.Hito;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.MesaPublica;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.MesaResumen;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.PropuestaPublica;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.SesionPublica;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries of the public portal. Publication is explicit (DOMAIN.md): only editions whose
 * call is PUBLICADA exist for the portal, and only public fields leave this class (authors as
 * {@code autorPublico}, the facilitator as a role, never an e-mail, phone or user id).
 */
@Service
@Transactional(readOnly = true)
public class ConsultaPortal {

  private final ConsultaEjercicios ejercicios;
  private final ConsultaMesas mesas;
  private final ConsultaCompromisos compromisos;
  private final Plazos plazos;

  ConsultaPortal(ConsultaEjercicios ejercicios, ConsultaMesas mesas, ConsultaCompromisos compromisos, Plazos plazos) {
    this.ejercicios = ejercicios;
    this.mesas = mesas;
    this.compromisos = compromisos;
    this.plazos = plazos;
  }

  /** The current edition: the most recent one whose call is published; empty before any publication. */
  public Optional<Edicion> edicionActual() {
    return ejercicios.convocatoriaVigente().map(this::edicion);
  }

  /** The public page of a table, empty when it does not exist or its edition's call is not published. */
  public Optional<MesaPublica> mesa(Long id) {
    return mesas.mesa(id).filter(m -> ejercicios.publicada(m.getEjercicio().getId())).map(this::mesaPublica);
  }

  private Edicion edicion(Convocatoria c) {
    Ejercicio e = c.getEjercicio();
    return new Edicion(
        e.getFolio(),
        e.getAnio(),
        e.getFase(),
        convocatoria(c),
        e.getEjes().stream().map(eje -> new Eje(eje.getNombre(), eje.getDescripcion())).toList(),
        mesas.deEjercicio(e.getId()).stream()
            .map(m -> new MesaResumen(m.getId(), m.getFolio(), m.getEje().getNombre(), m.getEstado()))
            .toList(),
        registro(c, plazos.hoy()));
  }

  private VistasPortal.Convocatoria convocatoria(Convocatoria c) {
    List<Hito> calendario = new ArrayList<>();
    agregar(calendario, "apertura-registro", c.getFechaAperturaRegistro());
    agregar(calendario, "cierre-registro", c.getFechaCierreRegistro());
    agregar(calendario, "inicio-cocreacion", c.getFechaInicioCocreacion());
    agregar(calendario, "fin-cocreacion", c.getFechaFinCocreacion());
    agregar(calendario, "limite-aprobacion", c.getFechaLimiteAprobacion());
    agregar(calendario, "inicio-plan", c.getFechaInicioPlan());
    agregar(calendario, "fin-plan", c.getFechaFinPlan());
    return new VistasPortal.Convocatoria(
        c.getTitulo(), c.getTexto(), c.getContacto(), c.getVersion(),
        plazos.dia(c.getPublicada()),
        c.getFechaAperturaRegistro(),
        c.getFechaCierreRegistro(),
        List.copyOf(calendario));
  }

  private static void agregar(List<Hito> calendario, String clave, LocalDate fecha) {
    if (fecha != null) {
      calendario.add(new Hito(clave, fecha));
    }
  }

  /** Where today falls against the registration window (both ends inclusive). */
  static EstadoRegistro registro(Convocatoria c, LocalDate hoy) {
    if (c.getFechaAperturaRegistro() != null && hoy.isBefore(c.getFechaAperturaRegistro())) {
      return EstadoRegistro.PROXIMO;
    }
    if (c.getFechaCierreRegistro() != null && hoy.isAfter(c.getFechaCierreRegistro())) {
      return EstadoRegistro.CERRADO;
    }
    return EstadoRegistro.ABIERTO;
  }

  private MesaPublica mesaPublica(Mesa m) {
    ZoneId zona = zona();
    Map<Long, String> folios =
        compromisos.deMesa(m.getId()).stream().collect(Collectors.toMap(Compromiso::getId, Compromiso::getFolio));
    return new MesaPublica(
        m.getId(),
        m.getFolio(),
        m.getEjercicio().getFolio(),
        m.getEje().getNombre(),
        m.getEje().getDescripcion(),
        m.getEstado(),
        m.getMotivoDesierta(),
        m.getFacilitador() != null,
        mesas.sesiones(m.getId()).stream().map(s -> sesion(s, zona)).toList(),
        mesas.propuestas(m.getId()).stream().map(p -> propuesta(p, folios)).toList());
  }

  private SesionPublica sesion(Sesion s, ZoneId zona) {
    boolean actaPublica = s.getActaPublicada() != null;
    return new SesionPublica(
        s.getNumero(),
        s.getFechaHora().atZoneSameInstant(zona),
        s.getLugar(),
        s.getEnlace(),
        s.getEstado(),
        actaPublica ? s.getAsistentes() : null,
        actaPublica ? s.getListaAsistencia() : null,
        actaPublica ? s.getActa() : null,
        plazos.dia(s.getActaPublicada()));
  }

  private PropuestaPublica propuesta(Propuesta p, Map<Long, String> foliosCompromiso) {
    return new PropuestaPublica(
        p.getId(),
        ocultar(p.getAutorPublico()),
        p.getSesion() != null ? p.getSesion().getNumero() : null,
        plazos.dia(p.getRecibida()),
        ocultar(p.getProblema()),
        ocultar(p.getCausa()),
        ocultar(p.getPropuesta()),
        p.getRespuestaDecision(),
        ocultar(p.getRespuestaRazon()),
        plazos.dia(p.getRespuestaFecha()),
        p.getFusionadaCon() != null ? p.getFusionadaCon().getId() : null,
        p.getCompromisoId() != null ? foliosCompromiso.get(p.getCompromisoId()) : null);
  }

  private ZoneId zona() {
    return plazos.ahora().getZone();
  }
}
