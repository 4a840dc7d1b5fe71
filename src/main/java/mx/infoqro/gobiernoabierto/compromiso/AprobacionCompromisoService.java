package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules and data of the approval of one draft commitment (DOMAIN.md phase 6): the STL reviews
 * it against the commitment criteria, the responsible agency accepts it, the Pleno approves it; any
 * step may return it to the table, and after the last round it ends as not approved with a public
 * reason. Every decision is written to the decision log in the same transaction.
 */
@Service
@Transactional
public class AprobacionCompromisoService {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CompromisoRepository compromisos;
  private final Evaluaciones evaluaciones;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final GobiernoAbiertoProperties propiedades;
  private final MessageSource mensajes;

  AprobacionCompromisoService(
      CompromisoRepository compromisos,
      Evaluaciones evaluaciones,
      SujetoObligadoService sujetos,
      Auditoria auditoria,
      Notificador notificador,
      GobiernoAbiertoProperties propiedades,
      MessageSource mensajes) {
    this.compromisos = compromisos;
    this.evaluaciones = evaluaciones;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.propiedades = propiedades;
    this.mensajes = mensajes;
  }

  /**
   * Sends a draft of the edition to its first review by the STL (round 1).
   *
   * @return the Camunda group of the responsible agency's liaisons, {@code so-<clave>}
   */
  public String iniciarRevision(Long ejercicioId, Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    if (!c.getEjercicio().getId().equals(ejercicioId)) {
      throw new IllegalArgumentException(
          "El compromiso " + c.getFolio() + " no pertenece al ejercicio " + ejercicioId + ".");
    }
    exigirEstado(c, EstadoCompromiso.BORRADOR);
    c.setEstado(EstadoCompromiso.EN_REVISION_STL);
    c.setRonda(1);
    registrar(c, REVISION_INICIADA, auditoria.usuarioActual(), rondaDe(c));
    return c.getSujetoResponsable().grupo();
  }

  /** The read-only view of the draft that the STL, the agency and the Pleno decide upon. */
  @Transactional(readOnly = true)
  public VistaCompromiso vista(Long compromisoId) {
    return vista(compromiso(compromisoId));
  }

  private VistaCompromiso vista(Compromiso c) {
    List<String> hitos = new ArrayList<>();
    int n = 1;
    for (Hito h : c.getHitos()) {
      hitos.add(
          texto(
              "compromiso.aprobacion.hito-resumen",
              n++,
              h.getDescripcion(),
              valorO(h.getProductoEsperado()),
              fecha(h.getFechaInicio()),
              fecha(h.getFechaFin())));
    }
    return new VistaCompromiso(
        c.getFolio(),
        c.getTitulo(),
        c.getEje().getNombre(),
        c.getProblema(),
        c.getDescripcion(),
        String.join("\n", hitos),
        nombreConSiglas(c.getSujetoResponsable()),
        rondaDe(c),
        c.getObservaciones());
  }

  /**
   * Records the STL's review. Approving needs the commitment to be verifiable and relevant to the
   * open-government values (both stored in its {@link Evaluacion}) and sends it to the agency's
   * acceptance; returning needs observations and sends it back to the table.
   *
   * @throws ValidacionException when the review is incomplete; nothing is changed then
   */
  public void revisarStl(Long compromisoId, RevisionStl revision, String usuario) {
    validarDecision(revision.decision(), revision.observaciones(), APROBAR, DEVOLVER);
    if (APROBAR.equals(revision.decision()) && !(revision.verificable() && revision.relevante())) {
      throw new ValidacionException(
          "Para aprobar el borrador, el compromiso debe ser verificable y relevante para los valores de"
              + " gobierno abierto. Marque ambos criterios o devuélvalo a la mesa con observaciones.");
    }
    Compromiso c = compromiso(compromisoId);
    exigirEstado(c, EstadoCompromiso.EN_REVISION_STL);
    String motivo = motivoStl(revision);
    if (APROBAR.equals(revision.decision())) {
      Evaluacion evaluacion = evaluaciones.deCompromiso(c);
      evaluacion.setVerificable(true);
      evaluacion.setRelevante(true);
      c.setEstado(EstadoCompromiso.EN_ACEPTACION);
      registrar(c, APROBADO_STL, usuario, motivo);
    } else {
      devolver(c, revision.observaciones(), DEVUELTO_STL, usuario, motivo);
    }
  }

  /**
   * Records the responsible agency's answer: accepting sends the commitment to the Pleno; returning
   * needs observations and sends it back to the table.
   *
   * @throws ValidacionException when the answer is incomplete; nothing is changed then
   */
  public void decidirAceptacion(Long compromisoId, String decision, String observaciones, String usuario) {
    validarDecision(decision, observaciones, ACEPTAR, DEVOLVER);
    Compromiso c = compromiso(compromisoId);
    exigirEstado(c, EstadoCompromiso.EN_ACEPTACION);
    if (ACEPTAR.equals(decision)) {
      c.setEstado(EstadoCompromiso.EN_APROBACION_PLENO);
      registrar(c, ACEPTADO_DEPENDENCIA, usuario, observaciones);
    } else {
      devolver(c, observaciones, DEVUELTO_DEPENDENCIA, usuario, observaciones);
    }
  }

  /**
   * Records the Pleno's decision. Approval is logged here and made effective by {@link
   * #registrarAprobacion}; returning needs observations and sends the commitment back to the table.
   *
   * @throws ValidacionException when the decision is incomplete; nothing is changed then
   */
  public void decidirPleno(Long compromisoId, String decision, String observaciones, String usuario) {
    validarDecision(decision, observaciones, APROBAR, DEVOLVER);
    Compromiso c = compromiso(compromisoId);
    exigirEstado(c, EstadoCompromiso.EN_APROBACION_PLENO);
    if (APROBAR.equals(decision)) {
      registrar(c, APROBADO_PLENO, usuario, observaciones);
    } else {
      devolver(c, observaciones, DEVUELTO_PLENO, usuario, observaciones);
    }
  }

  /**
   * Makes the Pleno's approval effective: the commitment is APROBADO (with its date) and joins the
   * action plan; the agency's liaisons and the facilitators are notified.
   */
  public void registrarAprobacion(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    exigirEstado(c, EstadoCompromiso.EN_APROBACION_PLENO);
    c.setEstado(EstadoCompromiso.APROBADO);
    c.setAprobado(ClockUtil.getCurrentTime().toInstant());
    registrar(c, APROBADO, auditoria.usuarioActual(), null);
    Object[] argumentos = argumentosNotificacion(c);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_APROBADO, c.getSujetoResponsable().grupo(), argumentos);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_APROBADO, Grupos.FACILITADORES, argumentos);
  }

  /**
   * Reminds the agency's liaisons that the commitment waits for their acceptance.
   *
   * @return false, and nothing is sent, when the commitment no longer waits for the agency
   */
  public boolean recordarAceptacion(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    if (c.getEstado() != EstadoCompromiso.EN_ACEPTACION) {
      return false;
    }
    notificador.aGrupo(
        c.getFolio(), NOTIFICACION_RECORDATORIO, c.getSujetoResponsable().grupo(), argumentosNotificacion(c));
    return true;
  }

  /**
   * Escalates an acceptance past its deadline to the Pleno and the commission's staff, and logs it.
   *
   * @return false, and nothing is sent, when the commitment no longer waits for the agency
   */
  public boolean escalarAceptacion(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    if (c.getEstado() != EstadoCompromiso.EN_ACEPTACION) {
      return false;
    }
    Object[] argumentos = argumentosNotificacion(c);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_ESCALAMIENTO, Grupos.PLENO, argumentos);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_ESCALAMIENTO, Grupos.COMISION, argumentos);
    registrar(
        c,
        ESCALADO,
        auditoria.usuarioActual(),
        texto("compromiso.aprobacion.motivo-escalado", c.getSujetoResponsable().getNombre()));
    return true;
  }

  /** Whether the returned commitment used the last round the commission allows. */
  @Transactional(readOnly = true)
  public boolean rondasAgotadas(Long compromisoId) {
    return compromiso(compromisoId).getRonda() >= propiedades.rondasMaximasAprobacion();
  }

  /**
   * Ends a returned commitment as not approved, with a public reason built from the observations
   * of its last return.
   */
  public void declararNoAprobado(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    exigirEstado(c, EstadoCompromiso.DEVUELTO);
    String motivo =
        texto("compromiso.aprobacion.motivo-no-aprobado", c.getRonda(), etapaDevolucion(c), c.getObservaciones());
    c.setEstado(EstadoCompromiso.NO_APROBADO);
    c.setMotivoNoAprobado(motivo);
    registrar(c, NO_APROBADO, auditoria.usuarioActual(), motivo);
  }

  /**
   * What the table's form shows when it attends observations: the returned draft with every
   * template field, who returned it and with which observations, and the agencies it may name.
   */
  @Transactional(readOnly = true)
  public AtencionObservaciones atencion(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    return new AtencionObservaciones(vista(c), borrador(c), etapaDevolucion(c), sujetosDisponibles());
  }

  private static Borrador borrador(Compromiso c) {
    Set<ValorGobiernoAbierto> valores = EnumSet.noneOf(ValorGobiernoAbierto.class);
    if (c.getValores() != null) {
      Arrays.stream(c.getValores().split(","))
          .map(String::trim)
          .filter(v -> !v.isEmpty())
          .forEach(v -> valores.add(ValorGobiernoAbierto.valueOf(v)));
    }
    List<BorradorHito> hitos =
        c.getHitos().stream()
            .map(h -> new BorradorHito(h.getDescripcion(), h.getProductoEsperado(), h.getFechaInicio(), h.getFechaFin()))
            .toList();
    return new Borrador(
        c.getTitulo(),
        c.getProblema(),
        c.getStatusQuo(),
        c.getDescripcion(),
        c.getComoResuelve(),
        valores,
        c.getSujetoResponsable().getId(),
        c.getOtrosActores(),
        c.getContacto(),
        c.getFechaInicio(),
        c.getFechaFin(),
        hitos);
  }

  /** The agencies the table may name as responsible: the active ones. */
  private List<OpcionSujeto> sujetosDisponibles() {
    return sujetos.activos().stream()
        .map(s -> new OpcionSujeto(nombreConSiglas(s), String.valueOf(s.getId())))
        .toList();
  }

  private static String nombreConSiglas(SujetoObligado s) {
    return s.getSiglas() != null ? s.getNombre() + " (" + s.getSiglas() + ")" : s.getNombre();
  }

  /**
   * Stores the table's revision of a returned draft, checked with the rules of a new draft ({@link
   * BorradorCompromisoService#validar}).
   *
   * @return the Camunda group of the (possibly new) responsible agency
   * @throws ValidacionException when the draft is incomplete; nothing is changed then
   */
  public String atenderObservaciones(Long compromisoId, Borrador borrador, String usuario) {
    BorradorCompromisoService.validar(
        List.of(borrador), id -> sujetos.buscar(id).map(SujetoObligado::isActivo).orElse(false));
    Compromiso c = compromiso(compromisoId);
    exigirEstado(c, EstadoCompromiso.DEVUELTO);
    SujetoObligado sujeto = sujetos.buscar(borrador.sujetoResponsableId()).orElseThrow();
    c.setTitulo(borrador.titulo());
    c.setProblema(borrador.problema());
    c.setStatusQuo(borrador.statusQuo());
    c.setDescripcion(borrador.descripcion());
    c.setComoResuelve(borrador.comoResuelve());
    c.setValores(
        borrador.valores().stream().sorted().map(ValorGobiernoAbierto::name).collect(Collectors.joining(",")));
    c.setSujetoResponsable(sujeto);
    c.setOtrosActores(borrador.otrosActores());
    c.setContacto(borrador.contacto());
    c.setFechaInicio(borrador.fechaInicio());
    c.setFechaFin(borrador.fechaFin());
    actualizarHitos(c, borrador.hitos());
    registrar(c, OBSERVACIONES_ATENDIDAS, usuario, null);
    return sujeto.grupo();
  }

  /** Sends the revised draft to a new review by the STL: the next round. */
  public void iniciarNuevaRonda(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    exigirEstado(c, EstadoCompromiso.DEVUELTO);
    c.setRonda(c.getRonda() + 1);
    c.setEstado(EstadoCompromiso.EN_REVISION_STL);
    registrar(c, NUEVA_RONDA, auditoria.usuarioActual(), rondaDe(c));
  }

  // --- Validation (no data access: unit-testable) ---------------------------------------------------

  /** A decision among the allowed ones; returning always needs observations. */
  static void validarDecision(String decision, String observaciones, String... permitidas) {
    if (decision == null || decision.isBlank()) {
      throw new ValidacionException("Elija una decisión.");
    }
    if (!Arrays.asList(permitidas).contains(decision)) {
      throw new ValidacionException("La decisión «" + decision + "» no es válida.");
    }
    if (DEVOLVER.equals(decision) && (observaciones == null || observaciones.isBlank())) {
      throw new ValidacionException(
          "Para devolver el compromiso a la mesa escriba las observaciones que debe atender.");
    }
    exigirLongitud(observaciones, 4000, "Observaciones");
  }

  private static void exigirLongitud(String valor, int maximo, String etiqueta) {
    if (valor != null && valor.length() > maximo) {
      throw new ValidacionException(
          "El campo «" + etiqueta + "» admite como máximo " + maximo + " caracteres.");
    }
  }

  // --- Internals ------------------------------------------------------------------------------------

  private Compromiso compromiso(Long id) {
    return compromisos
        .findById(id)
        .orElseThrow(() -> new IllegalArgumentException("No existe el compromiso " + id + "."));
  }

  /** A step of the process runs only in the state the process put the commitment in. */
  private static void exigirEstado(Compromiso c, EstadoCompromiso esperado) {
    if (c.getEstado() != esperado) {
      throw new IllegalStateException(
          "El compromiso " + c.getFolio() + " está en estado " + c.getEstado() + "; se esperaba " + esperado + ".");
    }
  }

  private void devolver(Compromiso c, String observaciones, String decision, String usuario, String motivo) {
    c.setEstado(EstadoCompromiso.DEVUELTO);
    c.setObservaciones(observaciones);
    registrar(c, decision, usuario, motivo);
  }

  private void registrar(Compromiso c, String decision, String usuario, String motivo) {
    auditoria.registrar(c.getFolio(), ENTIDAD, c.getId(), decision, usuario, motivo);
  }

  /** The observations plus the criteria the STL did not check, for the decision log. */
  private String motivoStl(RevisionStl r) {
    List<String> faltantes = new ArrayList<>();
    agregarSi(!r.especifico(), faltantes, "especifico");
    agregarSi(!r.verificable(), faltantes, "verificable");
    agregarSi(!r.relevante(), faltantes, "relevante");
    agregarSi(!r.hitosConFechas(), faltantes, "hitos-con-fechas");
    agregarSi(!r.conSujetoResponsable(), faltantes, "sujeto-responsable");
    String criterios =
        faltantes.isEmpty()
            ? texto("compromiso.aprobacion.criterios-cumplidos")
            : texto("compromiso.aprobacion.criterios-no-cumplidos", String.join(", ", faltantes));
    return r.observaciones() == null ? criterios : r.observaciones() + "\n" + criterios;
  }

  private void agregarSi(boolean condicion, List<String> lista, String criterio) {
    if (condicion) {
      lista.add(texto("compromiso.aprobacion.criterio." + criterio));
    }
  }

  /** The step that returned the commitment last, from the decision log. */
  private String etapaDevolucion(Compromiso c) {
    List<RegistroDecision> historial = auditoria.historial(c.getFolio());
    for (int i = historial.size() - 1; i >= 0; i--) {
      RegistroDecision r = historial.get(i);
      if (ENTIDAD.equals(r.getEntidad())
          && Objects.equals(c.getId(), r.getEntidadId())
          && r.getDecision().startsWith("DEVUELTO_")) {
        return texto("compromiso.aprobacion.devuelto-por." + r.getDecision().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    return null;
  }

  /** Creates, updates (by position) or removes milestones so the draft has exactly the given ones. */
  private static void actualizarHitos(Compromiso c, List<BorradorHito> nuevos) {
    List<Hito> actuales = c.getHitos();
    for (int i = 0; i < nuevos.size(); i++) {
      BorradorHito n = nuevos.get(i);
      if (i < actuales.size()) {
        Hito h = actuales.get(i);
        h.setDescripcion(n.descripcion());
        h.setProductoEsperado(n.productoEsperado());
        h.setFechaInicio(n.fechaInicio());
        h.setFechaFin(n.fechaFin());
      } else {
        c.agregarHito(new Hito(n.descripcion(), n.productoEsperado(), n.fechaInicio(), n.fechaFin()));
      }
    }
    while (actuales.size() > nuevos.size()) {
      actuales.remove(actuales.size() - 1);
    }
  }

  private String rondaDe(Compromiso c) {
    return texto("compromiso.aprobacion.ronda", c.getRonda(), propiedades.rondasMaximasAprobacion());
  }

  private Object[] argumentosNotificacion(Compromiso c) {
    return new Object[] {c.getFolio(), c.getTitulo(), c.getSujetoResponsable().getNombre()};
  }

  private String texto(String clave, Object... argumentos) {
    return mensajes.getMessage(clave, argumentos, ES_MX);
  }

  private static String fecha(LocalDate fecha) {
    return fecha == null ? "—" : FECHA.format(fecha);
  }

  private static String valorO(String valor) {
    return valor == null || valor.isBlank() ? "—" : valor;
  }

  /**
   * The prefill of the table's form.
   *
   * @param devueltoPor the step that returned the draft, e.g. {@code Pleno de la Comisión}
   */
  record AtencionObservaciones(
      VistaCompromiso vista, Borrador borrador, String devueltoPor, List<OpcionSujeto> sujetos) {}

  /** An option of a form select: label shown, value submitted. */
  record OpcionSujeto(String label, String value) {}
}
