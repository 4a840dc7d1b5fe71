package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ValoresFormulario;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.mesa.MesaService.PropuestaVista;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public reasoned response to each proposal of a table: all of them at once
 * (Task_ResponderPropuestas) or one received on the portal (Task_ResponderPropuestaPortal), stored
 * and logged by one rule, and told to the proposal's registered author.
 */
@Service
public class RespuestasPropuestas {

  /** Characters of a proposal's problem and text shown in the responses list. */
  private static final int RESUMEN_MAXIMO = 280;
  /** Characters of a proposal's text shown in an option. */
  private static final int OPCION_MAXIMO = 100;

  private final MesaService mesas;
  private final PropuestaRepository propuestas;
  private final Auditoria auditoria;
  private final AvisosMesa avisos;
  private final Plazos plazos;

  RespuestasPropuestas(
      MesaService mesas, PropuestaRepository propuestas, Auditoria auditoria, AvisosMesa avisos, Plazos plazos) {
    this.mesas = mesas;
    this.propuestas = propuestas;
    this.auditoria = auditoria;
    this.avisos = avisos;
    this.plazos = plazos;
  }

  /** The reasoned response to one proposal. */
  public record Respuesta(Long propuestaId, DecisionRespuesta decision, String razon, Long fusionadaConId) {}

  /** Task_ResponderPropuestas as it opens: one row per proposal, with its current response if any. */
  @Transactional(readOnly = true)
  public FormularioResponderPropuestas formularioResponder(Long mesaId) {
    Vista vista = mesas.vista(mesaId);
    List<FormularioResponderPropuestas.Fila> filas =
        vista.propuestas().stream()
            .map(p -> new FormularioResponderPropuestas.Fila(p.id(), resumen(p), p.decision(), p.fusionadaConId(), p.razon()))
            .toList();
    return new FormularioResponderPropuestas(vista.folio(), vista.eje(), filas, opciones(vista.propuestas()));
  }

  /** Task_ResponderPropuestaPortal as it opens: the proposal and the others it may merge with. */
  @Transactional(readOnly = true)
  public FormularioResponderPropuestaPortal formularioResponderPortal(Long mesaId, Long propuestaId) {
    Vista vista = mesas.vista(mesaId);
    Propuesta p =
        propuestas
            .findById(propuestaId)
            .filter(encontrada -> encontrada.getMesa().getId().equals(mesaId))
            .orElseThrow(() -> new IllegalArgumentException("Proposal " + propuestaId + " of table " + mesaId));
    return new FormularioResponderPropuestaPortal(
        vista.folio(),
        vista.eje(),
        Mensajes.texto("mesa.propuesta.numero", String.valueOf(p.getId())),
        p.getAutorPublico(),
        p.getProblema(),
        p.getCausa() != null ? p.getCausa() : Mensajes.texto("mesa.propuesta.sin-causa"),
        p.getPropuesta(),
        opciones(vista.propuestas().stream().filter(o -> !o.id().equals(propuestaId)).toList()),
        null,
        null,
        null);
  }

  /** Options naming proposals: for the merge select and for the proposals a draft takes. */
  public static List<OpcionFormulario> opciones(Collection<PropuestaVista> lista) {
    return lista.stream()
        .map(
            p ->
                new OpcionFormulario(
                    Mensajes.texto(
                        "mesa.propuesta.opcion", String.valueOf(p.id()), p.autorPublico(),
                        ValoresFormulario.recortar(p.propuesta(), OPCION_MAXIMO)),
                    String.valueOf(p.id())))
        .toList();
  }

  /** A proposal as the responses list shows it: number, session, author, problem and text. */
  static String resumen(PropuestaVista p) {
    String problema = ValoresFormulario.recortar(p.problema(), RESUMEN_MAXIMO);
    String texto = ValoresFormulario.recortar(p.propuesta(), RESUMEN_MAXIMO);
    String id = String.valueOf(p.id());
    return p.sesion() != null
        ? Mensajes.texto("mesa.propuesta.resumen-sesion", id, String.valueOf(p.sesion()), p.autorPublico(), problema, texto)
        : Mensajes.texto("mesa.propuesta.resumen", id, p.autorPublico(), problema, texto);
  }

  /**
   * Stores the public reasoned response to every proposal of the table (decision, reason, date,
   * user, the proposal it merges with), logs one decision per proposal and tells each registered
   * author whose response is new or changed.
   *
   * @throws ValidacionException when a proposal is left unanswered, a reason is empty or a merged
   *     proposal does not name a valid proposal to merge with
   */
  @Transactional
  public void responderPropuestas(Long mesaId, List<Respuesta> respuestas, String usuario) {
    Mesa mesa = mesas.mesaInstalada(mesaId);
    Map<Long, Propuesta> porId = deLaMesa(mesaId);
    ReglasMesa.validarRespuestas(porId.keySet(), respuestas);
    for (Respuesta r : respuestas.stream().sorted(Comparator.comparing(Respuesta::propuestaId)).toList()) {
      Propuesta p = porId.get(r.propuestaId());
      if (guardar(mesa, p, r, porId.get(r.fusionadaConId()), usuario)) {
        avisos.respuestaAlAutor(p);
      }
    }
  }

  /**
   * Stores the public reasoned response to ONE proposal of the table, received on the portal
   * (Task_ResponderPropuestaPortal), and logs it. The author is told by {@link #notificarRespuesta}.
   *
   * @throws ValidacionException when the decision or the reason is missing or a merged proposal does
   *     not name another, not merged, proposal of the table
   */
  @Transactional
  public void responderPropuesta(Long mesaId, Respuesta respuesta, String usuario) {
    Mesa mesa = mesas.mesa(mesaId);
    Map<Long, Propuesta> porId = deLaMesa(mesaId);
    Map<Long, DecisionRespuesta> decisiones = new HashMap<>();
    porId.values().forEach(p -> decisiones.put(p.getId(), p.getRespuestaDecision()));
    ReglasMesa.validarRespuesta(decisiones, respuesta);
    guardar(mesa, porId.get(respuesta.propuestaId()), respuesta, porId.get(respuesta.fusionadaConId()), usuario);
  }

  /**
   * Tells the registered author of an answered proposal the response. Nothing for a proposal
   * without a registered author or not answered yet.
   */
  @Transactional
  public void notificarRespuesta(Long propuestaId) {
    propuestas.findById(propuestaId).filter(Propuesta::respondida).ifPresent(avisos::respuestaAlAutor);
  }

  private Map<Long, Propuesta> deLaMesa(Long mesaId) {
    return propuestas.findByMesaIdOrderById(mesaId).stream()
        .collect(Collectors.toMap(Propuesta::getId, Function.identity()));
  }

  /**
   * The one rule that stores a reasoned response (bulk task and portal task alike) and logs it.
   * Returns whether the proposal got a new or a different response (its author is then told).
   */
  private boolean guardar(Mesa mesa, Propuesta p, Respuesta r, Propuesta con, String usuario) {
    String razon = r.razon().trim();
    Propuesta fusionadaCon = r.decision() == DecisionRespuesta.FUSIONADA ? con : null;
    boolean cambio =
        p.getRespuestaDecision() != r.decision()
            || !razon.equals(p.getRespuestaRazon())
            || p.getFusionadaCon() != fusionadaCon;
    p.setRespuestaDecision(r.decision());
    p.setRespuestaRazon(razon);
    p.setFusionadaCon(fusionadaCon);
    if (cambio) {
      p.setRespuestaFecha(plazos.ahora().toInstant());
      p.setRespuestaUsuario(usuario);
      String motivo =
          r.decision() == DecisionRespuesta.FUSIONADA
              ? Mensajes.texto("mesa.auditoria.fusion", String.valueOf(r.fusionadaConId()), razon)
              : razon;
      auditoria.registrar(mesa.getFolio(), ENTIDAD_PROPUESTA, p.getId(), r.decision().name(), usuario, motivo);
    }
    return cambio;
  }
}
