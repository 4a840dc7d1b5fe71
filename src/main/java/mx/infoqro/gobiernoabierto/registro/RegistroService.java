package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteProcess.*;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.comun.AvisoPrivacidad;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations of an edition: the one way a registration is created (the portal form), its double
 * opt-in, comision's validation of agency liaisons, and the close of the window.
 */
@Service
public class RegistroService {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  /** User recorded in the decision log for what a participant does on the portal. */
  static final String USUARIO_PORTAL = "portal";

  private final RegistroRepository registros;
  private final ParticipanteRepository participantes;
  private final ConsultaEjercicios ejercicios;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final EnlacesParticipante enlaces;
  private final Plazos plazos;
  private final AvisoPrivacidad aviso;
  private final MessageSource mensajes;
  private final RegistroParticipanteProcesos procesos;

  RegistroService(
      RegistroRepository registros,
      ParticipanteRepository participantes,
      ConsultaEjercicios ejercicios,
      SujetoObligadoService sujetos,
      Auditoria auditoria,
      Notificador notificador,
      EnlacesParticipante enlaces,
      Plazos plazos,
      AvisoPrivacidad aviso,
      MessageSource mensajes,
      RegistroParticipanteProcesos procesos) {
    this.registros = registros;
    this.participantes = participantes;
    this.ejercicios = ejercicios;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.enlaces = enlaces;
    this.plazos = plazos;
    this.aviso = aviso;
    this.mensajes = mensajes;
    this.procesos = procesos;
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
          errores.stream().map(e -> texto(e.clave())).collect(Collectors.joining(" ")), errores);
    }
    String correo = ReglasRegistro.normalizarCorreo(datos.correo());
    Optional<Participante> existente = participantes.findByEjercicioIdAndCorreoIgnoreCase(ejercicio.getId(), correo);
    if (existente.isPresent()) {
      avisarRegistroExistente(existente.get());
      return;
    }
    Instant ahora = ClockUtil.getCurrentTime().toInstant();
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
        "Aviso de privacidad versión " + aviso.getVersion());
    notificador.aCorreo(
        ejercicio.getFolio(),
        NOTIFICACION_CONFIRMACION,
        correo,
        p.getNombre(),
        ejercicio.getFolio(),
        enlaces.emitir(p, EnlacesParticipante.Proposito.CONFIRMACION),
        fecha(c));
  }

  private void avisarRegistroExistente(Participante p) {
    Ejercicio ejercicio = p.getEjercicio();
    boolean confirmado = p.getConfirmado() != null;
    String enlace =
        enlaces.emitir(p, confirmado ? EnlacesParticipante.Proposito.ACCESO : EnlacesParticipante.Proposito.CONFIRMACION);
    notificador.aCorreo(
        ejercicio.getFolio(),
        NOTIFICACION_EXISTENTE,
        p.getCorreo(),
        p.getNombre(),
        ejercicio.getFolio(),
        enlace,
        texto(confirmado ? "registro.correo.existente.confirmado" : "registro.correo.existente.pendiente"));
  }

  /** Whether the e-mail (in any case) is registered in the current edition. */
  @Transactional(readOnly = true)
  public boolean registrado(String correo) {
    return convocatoriaVigente()
        .flatMap(
            c ->
                participantes.findByEjercicioIdAndCorreoIgnoreCase(
                    c.getEjercicio().getId(), ReglasRegistro.normalizarCorreo(correo)))
        .isPresent();
  }

  // --- Double opt-in -------------------------------------------------------------------------------

  /** The outcome of following a confirmation link. */
  public enum Confirmacion {
    /** Confirmed now; a civil-society registration counts from now on. */
    CONFIRMADO,
    /** Confirmed now; an agency liaison waits for comision's validation. */
    PENDIENTE_VALIDACION,
    /** The registration had been confirmed before: nothing changes. */
    YA_CONFIRMADO,
    /** The window closed before the confirmation: the registration does not count. */
    VENTANA_CERRADA,
    /** Unknown, mistyped or expired link. */
    ENLACE_INVALIDO
  }

  /**
   * Confirms the e-mail of a registration from its e-mailed link (idempotent). Confirmed now: the
   * registration counts (civil society) or waits for validation (agency liaison), the person gets
   * the link to their personal page ({@code REGISTRO_CONFIRMADO}) and the registration's process
   * starts.
   */
  @Transactional
  public Confirmacion confirmar(String token) {
    Optional<Participante> encontrado = enlaces.validar(token, EnlacesParticipante.Proposito.CONFIRMACION);
    if (encontrado.isEmpty()) {
      return Confirmacion.ENLACE_INVALIDO;
    }
    Participante p = participantes.findById(encontrado.get().getId()).orElseThrow();
    Registro r = registros.findByParticipanteId(p.getId()).orElse(null);
    if (r == null) {
      return Confirmacion.ENLACE_INVALIDO;
    }
    if (p.getConfirmado() != null) {
      return Confirmacion.YA_CONFIRMADO;
    }
    Ejercicio ejercicio = r.getEjercicio();
    Convocatoria c = ejercicios.convocatoria(ejercicio.getId()).orElseThrow();
    Date cierre = plazos.finDelDia(c.getFechaCierreRegistro());
    Instant ahora = ClockUtil.getCurrentTime().toInstant();
    if (r.getCongelado() != null || ahora.isAfter(cierre.toInstant())) {
      return Confirmacion.VENTANA_CERRADA;
    }
    boolean enlace = p.getSector() == Sector.GOBIERNO;
    p.setConfirmado(ahora);
    r.setEstado(enlace ? Registro.EstadoRegistro.PENDIENTE_VALIDACION : Registro.EstadoRegistro.CONFIRMADO);
    auditoria.registrar(claveNegocio(ejercicio.getFolio(), r.getId()), ENTIDAD, r.getId(), CONFIRMADO, USUARIO_PORTAL, null);
    notificador.aCorreo(
        ejercicio.getFolio(),
        NOTIFICACION_CONFIRMADO,
        p.getCorreo(),
        p.getNombre(),
        ejercicio.getFolio(),
        enlaces.emitir(p, EnlacesParticipante.Proposito.ACCESO),
        texto(enlace ? "registro.correo.confirmado.enlace" : "registro.correo.confirmado.sociedad"));
    procesos.iniciar(r, cierre);
    return enlace ? Confirmacion.PENDIENTE_VALIDACION : Confirmacion.CONFIRMADO;
  }

  // --- Validation of agency liaisons (process registro-participante) -------------------------------

  /** The form of Task_ValidarEnlace: who registered, for which agency, on which axes; no decision yet. */
  @Transactional(readOnly = true)
  public FormularioValidarEnlace vistaValidacion(Long registroId) {
    Registro r = registro(registroId);
    Participante p = r.getParticipante();
    return new FormularioValidarEnlace(
        p.getNombre(),
        p.getSujetoObligado() != null ? p.getSujetoObligado().getNombre() : p.getOrganizacion(),
        p.getCorreo(),
        texto("registro.sector." + p.getSector()),
        r.getEjes().stream().map(EjeTematico::getNombre).collect(Collectors.joining("; ")),
        null,
        null);
  }

  /**
   * comision's decision on an agency liaison's registration: {@code VALIDADO} (it counts) or
   * {@code RECHAZADO} (with the reason, told to the person). Logged in the decision log.
   */
  @Transactional
  public void validarEnlace(Long registroId, String decision, String motivo, String usuario) {
    if (!VALIDADO.equals(decision) && !RECHAZADO.equals(decision)) {
      throw new ValidacionException("Elija si valida o rechaza el registro del enlace.");
    }
    if (RECHAZADO.equals(decision) && motivo == null) {
      throw new ValidacionException("Para rechazar el registro escriba el motivo; se le comunicará a la persona.");
    }
    if (motivo != null && motivo.length() > 2000) {
      throw new ValidacionException("El motivo admite hasta 2000 caracteres.");
    }
    Registro r = registro(registroId);
    if (r.getCongelado() != null) {
      throw new ValidacionException("El registro de participantes ya cerró; esta validación ya no puede registrarse.");
    }
    if (r.getEstado() != Registro.EstadoRegistro.PENDIENTE_VALIDACION) {
      throw new ValidacionException("Este registro no está pendiente de validación.");
    }
    r.setEstado(VALIDADO.equals(decision) ? Registro.EstadoRegistro.VALIDADO : Registro.EstadoRegistro.RECHAZADO);
    auditoria.registrar(claveNegocio(r.getEjercicio().getFolio(), r.getId()), ENTIDAD, r.getId(), decision, usuario, motivo);
  }

  /** Tells the liaison comision's decision ({@code ENLACE_VALIDADO} or {@code ENLACE_RECHAZADO}). */
  @Transactional
  public void notificarValidacion(Long registroId) {
    Registro r = registro(registroId);
    Participante p = r.getParticipante();
    String folio = r.getEjercicio().getFolio();
    String dependencia = p.getSujetoObligado() != null ? p.getSujetoObligado().getNombre() : p.getOrganizacion();
    if (r.getEstado() == Registro.EstadoRegistro.VALIDADO) {
      notificador.aCorreo(
          folio, NOTIFICACION_VALIDADO, p.getCorreo(), p.getNombre(), dependencia, folio,
          enlaces.emitir(p, EnlacesParticipante.Proposito.ACCESO));
    } else if (r.getEstado() == Registro.EstadoRegistro.RECHAZADO) {
      String motivo =
          auditoria.historial(claveNegocio(folio, r.getId())).stream()
              .filter(d -> ENTIDAD.equals(d.getEntidad()) && r.getId().equals(d.getEntidadId()))
              .filter(d -> RECHAZADO.equals(d.getDecision()))
              .max(Comparator.comparing(RegistroDecision::getFecha).thenComparing(RegistroDecision::getId))
              .map(RegistroDecision::getMotivo)
              .orElse("");
      notificador.aCorreo(folio, NOTIFICACION_RECHAZADO, p.getCorreo(), p.getNombre(), dependencia, folio, motivo);
    } else {
      throw new IllegalStateException("Registro " + registroId + " has no validation decision: " + r.getEstado());
    }
  }

  /**
   * The window closed while the liaison's validation was pending: the registration stays pending
   * and does not count for the tables ({@link Registro#cuenta()}); the decision log says so.
   */
  @Transactional
  public void registrarSinValidar(Long registroId) {
    Registro r = registro(registroId);
    auditoria.registrar(
        claveNegocio(r.getEjercicio().getFolio(), r.getId()),
        ENTIDAD,
        r.getId(),
        SIN_VALIDAR,
        Auditoria.SISTEMA,
        "El registro de participantes cerró sin que se validara al enlace; el registro no cuenta para las mesas.");
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
        sujetos.activos().stream().map(SujetoObligado::getId).toList());
  }

  private Registro registro(Long registroId) {
    return registros.findById(registroId).orElseThrow(() -> new IllegalArgumentException("Registro " + registroId));
  }

  private String fecha(Convocatoria c) {
    return c.getFechaCierreRegistro().format(java.time.format.DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX));
  }

  private String texto(String clave) {
    return mensajes.getMessage(clave, null, ES_MX);
  }
}
