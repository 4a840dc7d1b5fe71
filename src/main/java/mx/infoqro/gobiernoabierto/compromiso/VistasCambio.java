package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the tasks of a change request show (the process {@code cambio-compromiso}): the options of
 * the request form, a request as the reviewers and the followers' mail read it, the request as it
 * stands for its correction, and who may ask.
 */
@Service
public class VistasCambio {

  private final CompromisoRepository compromisos;
  private final SujetoObligadoService sujetos;
  private final IdentityService identidad;
  private final CambiosCompromiso cambios;

  VistasCambio(CompromisoRepository compromisos, SujetoObligadoService sujetos, IdentityService identidad, CambiosCompromiso cambios) {
    this.compromisos = compromisos;
    this.sujetos = sujetos;
    this.identidad = identidad;
    this.cambios = cambios;
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
    CambioCompromiso k = cambios.cambio(cambioId);
    Compromiso c = k.getCompromiso();
    return new VistaCambio(c.getFolio(), c.getTitulo(), c.getSujetoResponsable().getNombre(), resumen(cambioId),
        k.getJustificacion(), k.getEvidencias(), k.getDevoluciones(), k.getObservaciones());
  }

  /** The request as it stands, as its requester wrote it (to correct it after a return). */
  @Transactional(readOnly = true)
  public SolicitudCambio solicitud(Long cambioId) {
    CambioCompromiso k = cambios.cambio(cambioId);
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
    CambioCompromiso cambio = cambios.cambio(cambioId);
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
}
