package mx.infoqro.gobiernoabierto.compromiso;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests of commitments in implementation (issue #28): asked by the agency's liaison or
 * the commission, one open at a time per commitment; returned, rejected or approved by the STL (and
 * the Pleno when the rule says so); applied in the approving transaction as the commitment's next
 * version, the previous one kept whole in {@link VersionCompromiso}. The follow-up reads the
 * milestones' dates from the tables, so a moved date, a removed milestone and the verified
 * percentages show at once.
 */
@Service
public class CambiosCompromiso {

  public static final String ENTIDAD = "CambioCompromiso";

  /** The decision table (processes/) that says whether a change the STL approved goes to the Pleno. */
  public static final String DECISION_PLENO = "cambio-compromiso-pleno";

  private static final java.time.format.DateTimeFormatter FECHA =
      java.time.format.DateTimeFormatter.ofPattern(Mensajes.texto("portal.formato.fecha"), Mensajes.ES_MX);

  private final CompromisoRepository compromisos;
  private final HitoRepository hitos;
  private final CambioCompromisoRepository cambios;
  private final VersionCompromisoRepository versiones;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final DecisionService decisiones;
  private final ApplicationEventPublisher eventos;
  private final Notificador notificador;
  private final IdentityService identidad;
  private final ObjectMapper json = new ObjectMapper();

  CambiosCompromiso(CompromisoRepository compromisos, HitoRepository hitos, CambioCompromisoRepository cambios,
      VersionCompromisoRepository versiones, SujetoObligadoService sujetos, Auditoria auditoria, Plazos plazos,
      DecisionService decisiones, ApplicationEventPublisher eventos, Notificador notificador,
      IdentityService identidad) {
    this.compromisos = compromisos;
    this.hitos = hitos;
    this.cambios = cambios;
    this.versiones = versiones;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.plazos = plazos;
    this.decisiones = decisiones;
    this.eventos = eventos;
    this.notificador = notificador;
    this.identidad = identidad;
  }

  /** Records a request of {@code usuario} (member of {@code grupos}) on the commitment {@code folio}. */
  @Transactional
  public CambioCompromiso solicitar(String folio, String usuario, Collection<String> grupos, SolicitudCambio s) {
    Compromiso c = compromisos.findByFolio(folio == null ? "" : folio.strip())
        .orElseThrow(() -> ValidacionException.enCampo("folio", "cambio.folio-desconocido", folio));
    ReglasCambio.puedeSolicitar(c, grupos);
    cambios.findByAbiertoCompromisoId(c.getId()).ifPresent(abierta -> {
      throw ValidacionException.de("cambio.solicitud-abierta", c.getFolio(), plazos.dia(abierta.getSolicitado()));
    });
    CambioCompromiso cambio = new CambioCompromiso();
    cambio.setCompromiso(c);
    cambio.setAbiertoCompromisoId(c.getId());
    cambio.setSolicitante(usuario);
    cambio.setSolicitado(plazos.instante());
    llenar(cambio, s);
    cambio = cambios.saveAndFlush(cambio);
    auditoria.registrar(c.getFolio(), ENTIDAD, cambio.getId(), "SOLICITADO", usuario, cambio.getJustificacion());
    return cambio;
  }

  /** The requester's corrected request after a return: its changes replaced, back to the STL. */
  @Transactional
  public CambioCompromiso corregir(Long cambioId, String usuario, SolicitudCambio s) {
    CambioCompromiso cambio = abierto(cambioId);
    cambio.getCampos().clear();
    cambios.flush();
    llenar(cambio, s);
    cambio.setEstado(Estado.EN_REVISION_STL);
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "CORREGIDO", usuario, cambio.getJustificacion());
    return cambio;
  }

  /** The STL returns it with observations; the number of returns so far. */
  @Transactional
  public int devolver(Long cambioId, String usuario, String observaciones) {
    CambioCompromiso cambio = abierto(cambioId);
    ReglasCambio.puedeDevolver(cambio.getDevoluciones(), observaciones);
    cambio.setEstado(Estado.DEVUELTO);
    cambio.setObservaciones(observaciones);
    cambio.setDevoluciones(cambio.getDevoluciones() + 1);
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "DEVUELTO", usuario, observaciones);
    return cambio.getDevoluciones();
  }

  /** Rejected (by the STL or the Pleno) with a public reason: it ends, the commitment unchanged. */
  @Transactional
  public void rechazar(Long cambioId, String usuario, String motivo) {
    CambioCompromiso cambio = abierto(cambioId);
    if (motivo == null || motivo.isBlank()) {
      throw ValidacionException.enCampo("motivo", "cambio.motivo-rechazo-requerido");
    }
    cambio.setEstado(Estado.RECHAZADO);
    cambio.setMotivoRechazo(motivo.strip());
    terminar(cambio);
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "RECHAZADO", usuario, motivo);
  }

  /**
   * The STL approves it: applied now, or on to the Pleno when the rule {@link #DECISION_PLENO} says
   * so for its changes; returns whether it goes to the Pleno.
   */
  @Transactional
  public boolean aprobarStl(Long cambioId, String usuario) {
    CambioCompromiso cambio = abierto(cambioId);
    boolean requierePleno = Boolean.TRUE.equals(
        decisiones.evaluateDecisionTableByKey(DECISION_PLENO, Map.of(
                "alcance", ReglasCambio.cambiaAlcance(cambio.getCampos()),
                "responsable", ReglasCambio.cambiaResponsable(cambio.getCampos())))
            .getSingleResult().getEntry("pleno"));
    cambio.setDecididoStl(usuario);
    cambio.setRequierePleno(requierePleno);
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "APROBADO_STL", usuario, null);
    if (requierePleno) {
      cambio.setEstado(Estado.EN_APROBACION_PLENO);
    } else {
      aplicar(cambio, usuario);
    }
    return requierePleno;
  }

  /** The Pleno approves it: applied now. */
  @Transactional
  public void aprobarPleno(Long cambioId, String usuario) {
    CambioCompromiso cambio = abierto(cambioId);
    cambio.setDecididoPleno(usuario);
    aplicar(cambio, usuario);
  }

  @Transactional(readOnly = true)
  public CambioCompromiso cambio(Long cambioId) {
    CambioCompromiso cambio = cambios.findById(cambioId).orElseThrow();
    cambio.getCampos().size();
    return cambio;
  }

  /**
   * The commitments in implementation someone of {@code grupo} may ask to change: every one for
   * the commission, the agency's own for its liaisons (folio and title).
   */
  @Transactional(readOnly = true)
  public List<OpcionFormulario> compromisosOpciones(String grupo) {
    return compromisos.findByEstadoOrderByFolio(EstadoCompromiso.EN_IMPLEMENTACION).stream()
        .filter(c -> Grupos.COMISION.equals(grupo) || c.getSujetoResponsable().grupo().equals(grupo))
        .map(c -> new OpcionFormulario(c.getFolio() + " · " + c.getTitulo(), c.getFolio()))
        .toList();
  }

  /** The active agencies a commitment may pass to (name, clave). */
  @Transactional(readOnly = true)
  public List<OpcionFormulario> sujetosOpciones() {
    return sujetos.activos().stream().map(s -> new OpcionFormulario(s.getNombre(), s.getClave())).toList();
  }

  /** What the forms show of a request: the commitment, its changes, justification and evidence, the returns so far. */
  public record VistaCambio(String folio, String titulo, String sujetoResponsable, String cambios, String justificacion,
      String evidencias, int devoluciones, String observaciones) {}

  @Transactional(readOnly = true)
  public VistaCambio vista(Long cambioId) {
    CambioCompromiso k = cambio(cambioId);
    Compromiso c = k.getCompromiso();
    return new VistaCambio(c.getFolio(), c.getTitulo(), c.getSujetoResponsable().getNombre(), resumen(cambioId),
        k.getJustificacion(), k.getEvidencias(), k.getDevoluciones(), k.getObservaciones());
  }

  /** The request as it stands, as its requester wrote it (to correct it after a return). */
  @Transactional(readOnly = true)
  public SolicitudCambio solicitud(Long cambioId) {
    CambioCompromiso k = cambio(cambioId);
    List<Hito> vigentes = k.getCompromiso().getHitos();
    Map<String, String> compromiso = new java.util.HashMap<>();
    Map<Hito, Map<CampoCambio.Campo, String>> porHito = new java.util.LinkedHashMap<>();
    List<SolicitudCambio.CambioHito> filas = new java.util.ArrayList<>();
    for (CampoCambio campo : k.getCampos()) {
      switch (campo.getCampo()) {
        case DESCRIPCION, COMO_RESUELVE, SUJETO_RESPONSABLE, OTROS_ACTORES -> compromiso.put(campo.getCampo().name(), campo.getValorNuevo());
        case HITO_NUEVO -> {
          ReglasCambio.HitoNuevo h = ReglasCambio.hitoNuevo(campo.getValorNuevo());
          filas.add(SolicitudCambio.CambioHito.nuevo(h.descripcion(), h.productoEsperado(),
              h.fechaInicio() == null ? null : LocalDate.parse(h.fechaInicio()), LocalDate.parse(h.fechaFin())));
        }
        default -> porHito.computeIfAbsent(campo.getHito(), h -> new java.util.EnumMap<>(CampoCambio.Campo.class))
            .put(campo.getCampo(), campo.getValorNuevo());
      }
    }
    List<SolicitudCambio.CambioHito> hitosCambiados = new java.util.ArrayList<>();
    porHito.forEach((hito, v) -> hitosCambiados.add(new SolicitudCambio.CambioHito(vigentes.indexOf(hito) + 1,
        v.get(CampoCambio.Campo.HITO_DESCRIPCION), v.get(CampoCambio.Campo.HITO_PRODUCTO),
        v.containsKey(CampoCambio.Campo.HITO_FECHA_INICIO) ? LocalDate.parse(v.get(CampoCambio.Campo.HITO_FECHA_INICIO)) : null,
        v.containsKey(CampoCambio.Campo.HITO_FECHA_FIN) ? LocalDate.parse(v.get(CampoCambio.Campo.HITO_FECHA_FIN)) : null,
        v.containsKey(CampoCambio.Campo.HITO_RETIRADO), v.get(CampoCambio.Campo.HITO_RETIRADO))));
    hitosCambiados.addAll(filas);
    return new SolicitudCambio(k.getJustificacion(), k.getEvidencias(), compromiso.get("DESCRIPCION"),
        compromiso.get("COMO_RESUELVE"), compromiso.get("SUJETO_RESPONSABLE"), compromiso.get("OTROS_ACTORES"), hitosCambiados);
  }

  /**
   * The group that works the request {@code usuario} started (their memberships): the commission
   * or their agency's liaisons; a Spanish refusal when they are neither (or nobody signed in).
   */
  public String grupoSolicitante(String usuario) {
    if (usuario == null) {
      throw ValidacionException.de("cambio.solicitante-sin-grupo");
    }
    return ReglasCambio.grupoSolicitante(
        identidad.createGroupQuery().groupMember(usuario).list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
  }

  /** The changes of a request as the reviewers read them, one line each: «Hito 1 · Fecha de término: antes → después». */
  @Transactional(readOnly = true)
  public String resumen(Long cambioId) {
    CambioCompromiso cambio = cambio(cambioId);
    List<Hito> vigentes = cambio.getCompromiso().getHitos();
    StringBuilder texto = new StringBuilder();
    for (CampoCambio campo : cambio.getCampos()) {
      String etiqueta = Mensajes.texto("rendicion.cambio.campo." + campo.getCampo().name());
      String despues = campo.getValorNuevo();
      if (campo.getCampo() == CampoCambio.Campo.HITO_NUEVO) {
        ReglasCambio.HitoNuevo h = ReglasCambio.hitoNuevo(despues);
        despues = h.descripcion() + (h.fechaInicio() == null ? "" : "; " + h.fechaInicio()) + " → " + h.fechaFin();
      }
      int numero = campo.getHito() == null ? -1 : vigentes.indexOf(campo.getHito());
      String hito = numero < 0 ? "" : Mensajes.texto("cambio.resumen.hito", numero + 1) + " · ";
      texto.append("• ").append(hito).append(etiqueta).append(": ")
          .append(campo.getValorAnterior() == null ? "—" : campo.getValorAnterior()).append(" → ").append(despues).append('\n');
    }
    return texto.toString().strip();
  }

  /** The STL's review is still pending at the reminder: its members are reminded. False when it no longer waits. */
  @Transactional
  public boolean recordarRevision(Long cambioId) {
    CambioCompromiso cambio = cambio(cambioId);
    if (cambio.getEstado() != Estado.EN_REVISION_STL) {
      return false;
    }
    Compromiso c = cambio.getCompromiso();
    notificador.aGrupo(c.getFolio(), CambioCompromisoBpmn.NOTIFICACION_RECORDATORIO, Grupos.STL, c.getFolio(), c.getTitulo(),
        plazos.dia(cambio.getSolicitado()).format(FECHA));
    return true;
  }

  /** The STL's review is overdue: the Pleno and the commission are told, and it is logged. */
  @Transactional
  public boolean escalarRevision(Long cambioId) {
    CambioCompromiso cambio = cambio(cambioId);
    if (cambio.getEstado() != Estado.EN_REVISION_STL) {
      return false;
    }
    Compromiso c = cambio.getCompromiso();
    for (String grupo : List.of(Grupos.PLENO, Grupos.COMISION)) {
      notificador.aGrupo(c.getFolio(), CambioCompromisoBpmn.NOTIFICACION_ESCALAMIENTO, grupo, c.getFolio(), c.getTitulo(),
          plazos.dia(cambio.getSolicitado()).format(FECHA));
    }
    auditoria.registrar(c.getFolio(), ENTIDAD, cambioId, "ESCALADO", Auditoria.SISTEMA, Mensajes.texto("cambio.motivo-escalado"));
    return true;
  }

  /** Every version kept of a commitment, the first first (none until its first change is applied). */
  @Transactional(readOnly = true)
  public List<ContenidoVersion> versiones(Long compromisoId) {
    return versiones.findByCompromisoIdOrderByNumero(compromisoId).stream().map(v -> leer(v.getContenido())).toList();
  }

  /** The new version: version 1 kept first if not yet, every change made, the next version kept. */
  private void aplicar(CambioCompromiso cambio, String usuario) {
    Compromiso c = cambio.getCompromiso();
    String grupoAnterior = c.getSujetoResponsable().grupo();
    if (!versiones.existsByCompromisoIdAndNumero(c.getId(), c.getVersion())) {
      versiones.save(new VersionCompromiso(c.getId(), c.getVersion(), escribir(ContenidoVersion.de(c)), c.getAprobado() != null ? c.getAprobado() : plazos.instante(), null));
    }
    LocalDate hoy = plazos.hoy();
    for (CampoCambio campo : cambio.getCampos()) {
      Hito h = campo.getHito();
      String nuevo = campo.getValorNuevo();
      switch (campo.getCampo()) {
        case DESCRIPCION -> c.setDescripcion(nuevo);
        case COMO_RESUELVE -> c.setComoResuelve(nuevo);
        case SUJETO_RESPONSABLE -> c.setSujetoResponsable(sujetos.porClave(nuevo).orElseThrow());
        case OTROS_ACTORES -> c.setOtrosActores(nuevo);
        case HITO_DESCRIPCION -> h.setDescripcion(nuevo);
        case HITO_PRODUCTO -> h.setProductoEsperado(nuevo);
        case HITO_FECHA_INICIO -> h.setFechaInicio(LocalDate.parse(nuevo));
        case HITO_FECHA_FIN -> {
          h.setFechaFin(LocalDate.parse(nuevo));
          h.setEstado(ReglasCambio.estadoTrasMoverFin(h.getEstado(), h.getPorcentaje(), h.getFechaFin(), hoy));
        }
        case HITO_RETIRADO -> {
          h.setRetirado(true);
          h.setMotivoRetiro(nuevo); // kept in the table (its reports point to it), out of the collection on the next read
        }
        case HITO_NUEVO -> {
          Hito agregado = ReglasCambio.hitoNuevo(nuevo).hito();
          c.agregarHito(agregado);
          hitos.save(agregado); // persisted (not merged) before the change row points to it
          campo.setHito(agregado);
        }
      }
    }
    c.setVersion(c.getVersion() + 1);
    c.setModificado(plazos.instante());
    compromisos.saveAndFlush(c);
    versiones.save(new VersionCompromiso(c.getId(), c.getVersion(), escribir(ContenidoVersion.de(c)), c.getModificado(), cambio.getId()));
    cambio.setEstado(Estado.APROBADO);
    cambio.setVersion(c.getVersion());
    terminar(cambio);
    auditoria.registrar(c.getFolio(), ENTIDAD, cambio.getId(), "APLICADO", usuario, "Versión " + c.getVersion());
    eventos.publishEvent(new CambioCompromisoAplicado(c.getId(), cambio.getId(), c.getVersion(), grupoAnterior,
        c.getSujetoResponsable().grupo()));
  }

  private void llenar(CambioCompromiso cambio, SolicitudCambio s) {
    Compromiso c = cambio.getCompromiso();
    SujetoObligado nuevoSujeto = s.sujetoResponsable() == null || s.sujetoResponsable().isBlank() ? null
        : sujetos.porClave(s.sujetoResponsable().strip())
            .orElseThrow(() -> ValidacionException.enCampo("sujetoResponsable", "cambio.sujeto-desconocido", s.sujetoResponsable()));
    List<CampoCambio> campos = ReglasCambio.cambios(c, s, nuevoSujeto);
    cambio.setJustificacion(s.justificacion().strip());
    cambio.setEvidencias(s.evidencias() == null || s.evidencias().isBlank() ? null : s.evidencias().strip());
    campos.forEach(cambio::agregarCampo);
  }

  private CambioCompromiso abierto(Long cambioId) {
    CambioCompromiso cambio = cambios.findById(cambioId).orElseThrow();
    if (!cambio.abierto()) {
      throw ValidacionException.de("cambio.concluido", cambio.getCompromiso().getFolio());
    }
    return cambio;
  }

  private void terminar(CambioCompromiso cambio) {
    cambio.setAbiertoCompromisoId(null);
    cambio.setDecidido(plazos.instante());
  }

  private String escribir(ContenidoVersion v) {
    try {
      return json.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ContenidoVersion leer(String contenido) {
    try {
      return json.readValue(contenido, ContenidoVersion.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
