package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ARCO requests: reception (portal), identity confirmation, the staff's decision and the execution
 * of each right over every row of the person's data (all registrations with the request's e-mail).
 */
@Service
@Transactional
public class DerechosArcoService {

  private static final ObjectMapper JSON =
      new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final SolicitudArcoRepository solicitudes;
  private final EntityManager em;
  private final Plazos plazos;
  private final Notificador notificador;
  private final Auditoria auditoria;
  private final RuntimeService runtimeService;
  private final Organismo organismo;
  private final AnonimizacionParticipante anonimizacion;

  DerechosArcoService(
      SolicitudArcoRepository solicitudes,
      EntityManager em,
      Plazos plazos,
      Notificador notificador,
      Auditoria auditoria,
      RuntimeService runtimeService,
      Organismo organismo,
      AnonimizacionParticipante anonimizacion) {
    this.solicitudes = solicitudes;
    this.em = em;
    this.plazos = plazos;
    this.notificador = notificador;
    this.auditoria = auditoria;
    this.runtimeService = runtimeService;
    this.organismo = organismo;
    this.anonimizacion = anonimizacion;
  }

  /**
   * Receives a request from the portal form {@code /derechos-arco}: validates it, stores it and
   * starts its {@code derechos-arco} process, which e-mails the identity-confirmation link.
   *
   * <p>The answer does not depend on whether the e-mail is registered: a request for an unknown
   * address is stored and mailed alike (the staff see "Sin registro con ese correo").
   *
   * @param nombre the requester's name as given on the form (optional)
   * @return the request's folio, to show to the person
   * @throws ValidacionException with a Spanish message when the request is incomplete
   */
  public String recibir(
      String nombre,
      String correo,
      DerechoArco derecho,
      String descripcion,
      String datosRectificar,
      TratamientoArco tratamiento,
      String tratamientoDescripcion) {
    ReglasArco.validarSolicitud(correo, derecho, descripcion, datosRectificar, tratamiento);
    SolicitudArco s = new SolicitudArco();
    s.setNombre(nombre == null || nombre.isBlank() ? null : nombre.trim());
    s.setCorreo(correo.trim());
    s.setDerecho(derecho);
    s.setDescripcion(descripcion.trim());
    s.setDatosRectificar(derecho == DerechoArco.RECTIFICACION ? datosRectificar.trim() : null);
    s.setTratamiento(derecho == DerechoArco.OPOSICION ? tratamiento : null);
    s.setTratamientoDescripcion(derecho == DerechoArco.OPOSICION ? tratamientoDescripcion : null);
    List<Participante> propios = participantes(s.getCorreo());
    s.setParticipante(propios.isEmpty() ? null : propios.get(propios.size() - 1));
    s.setToken(UUID.randomUUID().toString().replace("-", ""));
    s.setRecibida(plazos.ahora().toInstant());
    s.setFolio(siguienteFolio());
    solicitudes.save(s);
    runtimeService.startProcessInstanceByKey(
        KEY, s.getFolio(), Variables.putValue(VAR_SOLICITUD_ID, s.getId()));
    return s.getFolio();
  }

  /**
   * The person opened the link of the confirmation e-mail: their identity (control of the e-mail)
   * is confirmed, the legal deadline starts, and the process continues to the staff's task.
   *
   * @return the request's folio
   * @throws ValidacionException when the link is unknown, already used or expired
   */
  public String confirmarIdentidad(String token) {
    SolicitudArco s =
        solicitudes
            .findByToken(token == null ? "" : token)
            .filter(x -> x.getEstado() == EstadoSolicitudArco.PENDIENTE_IDENTIDAD)
            .orElseThrow(() -> new ValidacionException("El enlace no es válido, ya se usó o venció."));
    LocalDate hoy = plazos.hoy();
    Date vencimiento = plazos.finDelDia(ReglasArco.vencimiento(plazos.calendario(), hoy));
    Date recordatorio = plazos.inicioDelDia(ReglasArco.recordatorio(plazos.calendario(), hoy));
    s.setIdentidadConfirmada(plazos.ahora().toInstant());
    s.setVencimiento(vencimiento.toInstant());
    s.setVencimientoOriginal(vencimiento.toInstant());
    s.setEstado(EstadoSolicitudArco.EN_ATENCION);
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), IDENTIDAD_CONFIRMADA, Auditoria.SISTEMA, null);
    try {
      runtimeService
          .createMessageCorrelation(MENSAJE_IDENTIDAD_CONFIRMADA)
          .processInstanceBusinessKey(s.getFolio())
          .setVariable(VAR_VENCIMIENTO, vencimiento)
          .setVariable(VAR_RECORDATORIO, recordatorio)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ValidacionException("La solicitud todavía no espera la confirmación; inténtelo en unos minutos.");
    }
    return s.getFolio();
  }

  /** What an identity-confirmation link leads to, for the portal's pages (no personal data). */
  public record EnlaceArco(String folio, EstadoSolicitudArco estado, LocalDate vencimiento) {
    /** The identity was confirmed (the request is being attended or was answered). */
    public boolean confirmada() {
      return estado != EstadoSolicitudArco.PENDIENTE_IDENTIDAD && estado != EstadoSolicitudArco.NO_CONFIRMADA;
    }

    /** The link expired: the identity was not confirmed in time and the request was closed. */
    public boolean vencido() {
      return estado == EstadoSolicitudArco.NO_CONFIRMADA;
    }
  }

  /**
   * The request an identity-confirmation link belongs to, with its state and legal deadline (the
   * day, in the commission's time zone), or empty for an unknown token.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<EnlaceArco> enlace(String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return java.util.Optional.empty();
    }
    return solicitudes
        .findByToken(token)
        .map(s -> new EnlaceArco(s.getFolio(), s.getEstado(),
            s.getVencimiento() == null ? null : s.getVencimiento().atZone(plazos.ahora().getZone()).toLocalDate()));
  }

  /** Task_EnviarConfirmacionIdentidad: mails the link; returns when the confirmation expires. */
  public Date enviarConfirmacion(Long solicitudId) {
    SolicitudArco s = solicitud(solicitudId);
    LocalDate limite = plazos.calendario().sumar(plazos.hoy(), ReglasArco.DIAS_CONFIRMACION);
    notificador.aCorreo(
        s.getFolio(),
        NOTIFICACION_CONFIRMAR,
        s.getCorreo(),
        s.getFolio(),
        organismo.getSitio() + "/derechos-arco/confirmar/" + s.getToken(),
        limite.toString());
    return plazos.finDelDia(limite);
  }

  /** Task_CerrarSolicitudNoConfirmada: the identity was never confirmed; the request closes. */
  public void cerrarNoConfirmada(Long solicitudId) {
    SolicitudArco s = solicitud(solicitudId);
    s.setEstado(EstadoSolicitudArco.NO_CONFIRMADA);
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), NO_CONFIRMADA, Auditoria.SISTEMA,
        "Identidad no confirmada en " + ReglasArco.DIAS_CONFIRMACION + " días hábiles");
  }

  /** The request as the staff's form shows it (read-only fields), by form field name. */
  @Transactional(readOnly = true)
  public Map<String, Object> vista(Long solicitudId) {
    SolicitudArco s = solicitud(solicitudId);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(CAMPO_FOLIO, s.getFolio());
    v.put(CAMPO_DERECHO, s.getDerecho().name());
    v.put(CAMPO_NOMBRE_SOLICITANTE, s.getNombre());
    v.put(CAMPO_CORREO, s.getCorreo());
    v.put(CAMPO_PARTICIPANTE, s.getParticipante() == null ? "Sin registro con ese correo" : s.getParticipante().getNombre());
    v.put(CAMPO_DESCRIPCION, s.getDescripcion());
    v.put(CAMPO_DATOS_RECTIFICAR, s.getDatosRectificar());
    v.put(CAMPO_TRATAMIENTO, s.getTratamiento() == null ? null
        : s.getTratamiento().name() + (s.getTratamientoDescripcion() == null ? "" : ": " + s.getTratamientoDescripcion()));
    v.put(CAMPO_VENCIMIENTO, s.getVencimiento() == null ? null
        : s.getVencimiento().atZone(plazos.ahora().getZone()).toLocalDate().toString());
    v.put(CAMPO_PRORROGA_DISPONIBLE, s.getProrrogaFecha() == null);
    v.put(CAMPO_ES_RECTIFICACION, s.getDerecho() == DerechoArco.RECTIFICACION);
    return v;
  }

  /**
   * Task_AtenderSolicitudArco completed: records the extension (once, with its reason, 10 business
   * days from the original deadline) or the answer (with the validated corrections of a
   * rectification). Returns the new deadline and reminder ({@link #VAR_VENCIMIENTO}, {@link
   * #VAR_RECORDATORIO}) when extended, else an empty map.
   */
  public Map<String, Object> atender(
      Long solicitudId, String decision, String motivo, String respuesta, Map<String, String> correccionesCapturadas, String usuario) {
    SolicitudArco s = solicitud(solicitudId);
    ReglasArco.validarDecision(decision, s.getProrrogaFecha() != null, motivo, respuesta);
    if (PRORROGAR.equals(decision)) {
      LocalDate original = s.getVencimientoOriginal().atZone(plazos.ahora().getZone()).toLocalDate();
      Date nuevo = plazos.finDelDia(ReglasArco.vencimientoProrrogado(plazos.calendario(), original));
      Date recordatorio = plazos.inicioDelDia(ReglasArco.recordatorioProrroga(plazos.calendario(), original));
      s.setProrrogaMotivo(motivo.trim());
      s.setProrrogaFecha(nuevo.toInstant());
      s.setVencimiento(nuevo.toInstant());
      s.setEstado(EstadoSolicitudArco.PRORROGADA);
      auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), PRORROGADA, usuario, motivo.trim());
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(VAR_VENCIMIENTO, nuevo);
      variables.put(VAR_RECORDATORIO, recordatorio);
      return variables;
    }
    if (s.getDerecho() == DerechoArco.RECTIFICACION) {
      Map<String, String> c = correccionesCapturadas == null ? Map.of() : correccionesCapturadas;
      var validadas = ReglasArco.validarCorrecciones(c.get("nombre"), c.get("telefono"), c.get("municipio"), c.get("organizacion"));
      s.setCorrecciones(escribir(validadas));
    }
    s.setRespuestaTexto(respuesta.trim());
    s.setRespuestaFecha(plazos.ahora().toInstant());
    s.setRespuestaUsuario(usuario);
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), RESPONDIDA, usuario, s.getDerecho().name());
    return Map.of();
  }

  /** Task_RecordarVencimientoArco: reminds the data-protection staff of the coming deadline. */
  public void recordarVencimiento(Long solicitudId) {
    SolicitudArco s = solicitud(solicitudId);
    notificador.aGrupo(s.getFolio(), NOTIFICACION_RECORDATORIO, mx.infoqro.gobiernoabierto.comun.Grupos.DATOS_PERSONALES,
        s.getFolio(), s.getDerecho().name(), fecha(s.getVencimiento()));
  }

  /** Task_NotificarProrrogaArco: tells the person of the extension, its reason and new date. */
  public void notificarProrroga(Long solicitudId) {
    SolicitudArco s = solicitud(solicitudId);
    notificador.aCorreo(s.getFolio(), NOTIFICACION_PRORROGA, s.getCorreo(),
        s.getFolio(), s.getProrrogaMotivo(), fecha(s.getProrrogaFecha()));
  }

  /**
   * Task_EjercerDerechoArco: carries out the right on every registration with the request's
   * e-mail. Access: builds the JSON document of the person's data and stores it with the request.
   * Rectification: applies the validated corrections. Cancellation: anonymises the person
   * everywhere (their proposals stay, attributed to "Participante anónimo"). Opposition: stops the
   * processing opposed.
   */
  public void ejercer(Long solicitudId) {
    SolicitudArco s = solicitud(solicitudId);
    List<Participante> propios = participantes(s.getCorreo());
    switch (s.getDerecho()) {
      case ACCESO -> s.setArchivoAcceso(datosDe(s.getCorreo(), propios));
      case RECTIFICACION -> rectificar(propios, leer(s.getCorrecciones() == null ? "{}" : s.getCorrecciones()));
      case CANCELACION -> propios.forEach(anonimizacion::anonimizar);
      case OPOSICION -> oponer(propios, s.getTratamiento());
    }
    s.setEjecutada(plazos.ahora().toInstant());
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), DERECHO_EJERCIDO, Auditoria.SISTEMA,
        s.getDerecho().name() + " sobre " + propios.size() + " registro(s)");
  }

  /**
   * Task_EnviarRespuestaArco: sends the answer (and, for access, tells that the data file is
   * ready) and closes the request.
   */
  public void enviarRespuesta(Long solicitudId) {
    SolicitudArco s = solicitud(solicitudId);
    notificador.aCorreo(s.getFolio(), NOTIFICACION_RESPUESTA, s.getCorreo(), s.getFolio(), s.getRespuestaTexto());
    if (s.getDerecho() == DerechoArco.ACCESO) {
      notificador.aCorreo(s.getFolio(), NOTIFICACION_ACCESO, s.getCorreo(), s.getFolio());
      s.setArchivoAccesoEntregado(plazos.ahora().toInstant());
    }
    s.setEstado(EstadoSolicitudArco.RESPONDIDA);
  }

  /** The JSON document of a person's data (access right), as stored with the request. */
  @Transactional(readOnly = true)
  public String archivoAcceso(String folio) {
    return solicitudes.findByFolio(folio).map(SolicitudArco::getArchivoAcceso).orElse(null);
  }

  // --- The rights ---------------------------------------------------------------------------------

  private String datosDe(String correo, List<Participante> propios) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("correo", correo);
    doc.put("generado", plazos.ahora().toOffsetDateTime().toString());
    List<Object> registros = new ArrayList<>();
    for (Participante p : propios) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("ejercicio", p.getEjercicio().getId());
      r.put("nombre", p.getNombre());
      r.put("correo", p.getCorreo());
      r.put("telefono", p.getTelefono());
      r.put("sector", p.getSector() == null ? null : p.getSector().name());
      r.put("organizacion", p.getOrganizacion());
      r.put("municipio", p.getMunicipio());
      r.put("genero", p.getGenero());
      r.put("avisoPrivacidadVersion", p.getAvisoPrivacidadVersion());
      r.put("consentimiento", texto(p.getConsentimiento()));
      r.put("confirmado", texto(p.getConfirmado()));
      r.put("noContactar", texto(p.getNoContactar()));
      r.put("creado", texto(p.getCreado()));
      em.createQuery("select r from Registro r where r.participante = :p", Registro.class)
          .setParameter("p", p)
          .getResultStream()
          .findFirst()
          .ifPresent(reg -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("estado", reg.getEstado().name());
            m.put("ejes", reg.getEjes().stream().map(e -> e.getNombre()).toList());
            m.put("creado", texto(reg.getCreado()));
            r.put("registro", m);
          });
      List<Object> propuestas = new ArrayList<>();
      for (Propuesta pr : propuestas(p)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mesa", pr.getMesa().getFolio());
        m.put("autorPublico", pr.getAutorPublico());
        m.put("problema", pr.getProblema());
        m.put("causa", pr.getCausa());
        m.put("propuesta", pr.getPropuesta());
        m.put("recibida", texto(pr.getRecibida()));
        m.put("respuesta", pr.getRespuestaDecision() == null ? null : pr.getRespuestaDecision().name());
        m.put("razon", pr.getRespuestaRazon());
        propuestas.add(m);
      }
      r.put("propuestas", propuestas);
      registros.add(r);
    }
    doc.put("registros", registros);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (Exception e) {
      throw new IllegalStateException("No se pudo generar el archivo de acceso", e);
    }
  }

  private void rectificar(List<Participante> propios, Map<String, String> c) {
    for (Participante p : propios) {
      String nombreAnterior = p.getNombre();
      if (c.containsKey("nombre")) {
        p.setNombre(c.get("nombre"));
        for (Propuesta pr : propuestas(p)) {
          if (ReglasArco.esAutoriaPersonal(pr.getAutorPublico(), nombreAnterior)) {
            pr.setAutorPublico(c.get("nombre"));
          }
        }
      }
      if (c.containsKey("telefono")) p.setTelefono(c.get("telefono"));
      if (c.containsKey("municipio")) p.setMunicipio(c.get("municipio"));
      if (c.containsKey("organizacion")) p.setOrganizacion(c.get("organizacion"));
    }
  }

  private void oponer(List<Participante> propios, TratamientoArco tratamiento) {
    Instant ahora = plazos.ahora().toInstant();
    for (Participante p : propios) {
      switch (tratamiento) {
        case COMUNICACIONES -> p.setNoContactar(ahora);
        case ESTADISTICAS -> {
          p.setGenero(null);
          p.setMunicipio(null);
        }
        case OTRO -> {
          // recorded in the request and the decision log; attended by the staff
        }
      }
    }
  }

  // --- Helpers ------------------------------------------------------------------------------------

  private List<Participante> participantes(String correo) {
    return em.createQuery(
            "select p from Participante p where lower(p.correo) = lower(:c) order by p.id", Participante.class)
        .setParameter("c", correo.trim())
        .getResultList();
  }

  private List<Propuesta> propuestas(Participante p) {
    return em.createQuery("select pr from Propuesta pr where pr.participante = :p order by pr.id", Propuesta.class)
        .setParameter("p", p)
        .getResultList();
  }

  private SolicitudArco solicitud(Long id) {
    return solicitudes.findById(id).orElseThrow(() -> new IllegalArgumentException("SolicitudArco " + id));
  }

  private String siguienteFolio() {
    String prefijo = "ARCO-" + plazos.hoy().getYear() + "-";
    long n = solicitudes.countByFolioStartingWith(prefijo) + 1;
    while (solicitudes.findByFolio(prefijo + String.format("%04d", n)).isPresent()) {
      n++;
    }
    return prefijo + String.format("%04d", n);
  }

  private String fecha(Instant instante) {
    return instante == null ? "" : instante.atZone(plazos.ahora().getZone()).toLocalDate().toString();
  }

  private static String texto(Instant instante) {
    return instante == null ? null : instante.toString();
  }

  private static String escribir(Map<String, String> mapa) {
    try {
      return JSON.writeValueAsString(mapa);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> leer(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
