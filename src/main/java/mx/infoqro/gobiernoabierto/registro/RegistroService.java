package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn.*;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.comun.AvisoPrivacidad;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations of an edition as the portal form makes them: the one way a registration is created.
 * Its double opt-in is {@link ConfirmacionRegistro}'s, comision's validation of agency liaisons
 * {@link ValidacionEnlaces}', the close of the window {@link CierreRegistro}'s; the mails the form
 * sends are {@link AvisosRegistro}'s.
 */
@Service
public class RegistroService {

  /** User recorded in the decision log for what a participant does on the portal. */
  static final String USUARIO_PORTAL = "portal";

  private final RegistroRepository registros;
  private final ParticipanteRepository participantes;
  private final ConsultaEjercicios ejercicios;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final AvisosRegistro avisos;
  private final Plazos plazos;
  private final AvisoPrivacidad aviso;

  RegistroService(
      RegistroRepository registros,
      ParticipanteRepository participantes,
      ConsultaEjercicios ejercicios,
      SujetoObligadoService sujetos,
      Auditoria auditoria,
      AvisosRegistro avisos,
      Plazos plazos,
      AvisoPrivacidad aviso) {
    this.registros = registros;
    this.participantes = participantes;
    this.ejercicios = ejercicios;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.avisos = avisos;
    this.plazos = plazos;
    this.aviso = aviso;
  }

  // --- The portal form -----------------------------------------------------------------------------

  /** What the form offers: an axis of the edition. */
  public record OpcionEje(String clave, String nombre, String descripcion) {}

  /** What the form offers: an agency a liaison can register for. */
  public record OpcionSujeto(Long id, String nombre) {}

  /** The registration page of the current edition: its window and the lists of the form. */
  public record Formulario(VentanaRegistro ventana, List<OpcionEje> ejes, List<OpcionSujeto> sujetos) {}

  /** The form of the current edition (the most recent published call); empty before any publication. */
  @Transactional(readOnly = true)
  public Optional<Formulario> formulario() {
    return convocatoriaVigente()
        .map(
            c ->
                new Formulario(
                    ventana(c),
                    c.getEjercicio().getEjes().stream()
                        .map(e -> new OpcionEje(e.getClave(), e.getNombre(), e.getDescripcion()))
                        .toList(),
                    sujetos.activos().stream()
                        .map(s -> new OpcionSujeto(s.getId(), s.getNombre()))
                        .toList()));
  }

  /**
   * The broken rules of a submission against the current edition's lists, without storing
   * anything (the form shows them next to the fields). Empty when there is no current edition.
   */
  @Transactional(readOnly = true)
  public List<ReglasRegistro.Error> revisar(DatosRegistro datos) {
    return convocatoriaVigente().map(c -> validar(datos, c.getEjercicio())).orElse(List.of());
  }

  /**
   * Registers a person in the current edition while its registration window is open.
   *
   * <p>A new e-mail: the participant (with the consent, the privacy notice's version and the time)
   * and the registration (pending confirmation) are stored and the confirmation link is mailed
   * ({@code REGISTRO_CONFIRMACION}). An e-mail already registered in the edition (in any case):
   * nothing new is stored and the person is told so by mail ({@code REGISTRO_EXISTENTE}, with a new
   * confirmation link if not confirmed yet or a link to the personal page if confirmed). The caller
   * answers both alike, so the form does not reveal who is registered.
   *
   * @throws RegistroCerradoException when the window is not open or no call is published
   * @throws DatosRegistroInvalidosException when a rule is broken (nothing is stored)
   */
  @Transactional
  public void registrar(DatosRegistro datos) {
    Convocatoria c = convocatoriaVigente().orElseThrow(() -> new RegistroCerradoException(null));
    VentanaRegistro ventana = ventana(c);
    if (!ventana.abierta()) {
      throw new RegistroCerradoException(ventana);
    }
    Ejercicio ejercicio = c.getEjercicio();
    List<ReglasRegistro.Error> errores = validar(datos, ejercicio);
    if (!errores.isEmpty()) {
      throw new DatosRegistroInvalidosException(
          errores.stream().map(e -> Mensajes.texto(e.clave())).collect(Collectors.joining(" ")), errores);
    }
    String correo = ReglasRegistro.normalizarCorreo(datos.correo());
    Optional<Participante> existente = participantes.findByEjercicioIdAndCorreo(ejercicio.getId(), correo);
    if (existente.isPresent()) {
      avisos.existente(existente.get());
      return;
    }
    Instant ahora = plazos.instante();
    Participante p = new Participante();
    p.setEjercicio(ejercicio);
    p.setNombre(datos.nombre());
    p.setCorreo(correo);
    p.setTelefono(datos.telefono());
    p.setSector(datos.sector());
    if (datos.sector() == Sector.GOBIERNO) {
      SujetoObligado sujeto = sujetos.buscar(datos.sujetoObligadoId()).orElseThrow();
      p.setSujetoObligado(sujeto);
      p.setOrganizacion(sujeto.getNombre());
    } else {
      p.setOrganizacion(ReglasRegistro.requiereOrganizacion(datos.sector()) ? datos.organizacion() : null);
    }
    p.setMunicipio(datos.municipio());
    p.setGenero(datos.genero());
    p.setAvisoPrivacidadVersion(aviso.getVersion());
    p.setConsentimiento(ahora);
    p.setCreado(ahora);
    p = participantes.save(p);
    Registro r = new Registro();
    r.setEjercicio(ejercicio);
    r.setParticipante(p);
    r.setEstado(Registro.EstadoRegistro.PENDIENTE_CONFIRMACION);
    r.setCreado(ahora);
    for (EjeTematico eje : ejercicio.getEjes()) {
      if (datos.ejes().contains(eje.getClave())) {
        r.getEjes().add(eje);
      }
    }
    r = registros.save(r);
    auditoria.registrar(
        claveNegocio(ejercicio.getFolio(), r.getId()),
        ENTIDAD,
        r.getId(),
        REGISTRADO,
        USUARIO_PORTAL,
        Mensajes.texto("registro.auditoria.aviso", aviso.getVersion()));
    avisos.confirmacion(p, c);
  }

  /** Whether the e-mail (in any case) is registered in the current edition. */
  @Transactional(readOnly = true)
  public boolean registrado(String correo) {
    return convocatoriaVigente()
        .flatMap(c -> participantes.findByEjercicioIdAndCorreo(c.getEjercicio().getId(), ReglasRegistro.normalizarCorreo(correo)))
        .isPresent();
  }

  // --- Helpers -------------------------------------------------------------------------------------

  private Optional<Convocatoria> convocatoriaVigente() {
    return ejercicios.convocatoriaVigente();
  }

  private VentanaRegistro ventana(Convocatoria c) {
    Ejercicio e = c.getEjercicio();
    VentanaRegistro.Estado estado;
    ZonedDateTime ahora = plazos.ahora();
    if (c.getFechaAperturaRegistro() == null
        || c.getFechaCierreRegistro() == null
        || ahora.toInstant().isBefore(plazos.inicioDelDia(c.getFechaAperturaRegistro()).toInstant())) {
      estado = VentanaRegistro.Estado.PROXIMA;
    } else if (ahora.toInstant().isAfter(plazos.finDelDia(c.getFechaCierreRegistro()).toInstant())) {
      estado = VentanaRegistro.Estado.CERRADA;
    } else {
      estado = VentanaRegistro.Estado.ABIERTA;
    }
    return new VentanaRegistro(
        e.getId(), e.getFolio(), e.getAnio(), c.getFechaAperturaRegistro(), c.getFechaCierreRegistro(), estado);
  }

  private List<ReglasRegistro.Error> validar(DatosRegistro datos, Ejercicio ejercicio) {
    return ReglasRegistro.validar(
        datos,
        ejercicio.getEjes().stream().map(EjeTematico::getClave).toList(),
        sujetos.idsActivos());
  }
}
