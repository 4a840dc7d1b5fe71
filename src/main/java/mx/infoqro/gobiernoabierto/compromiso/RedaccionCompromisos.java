package mx.infoqro.gobiernoabierto.compromiso;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaService;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.mesa.RespuestasPropuestas;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-creation table's drafts of commitments: stored (see {@link BorradorCompromisoService#crear})
 * and linked to the proposals they take, so every incorporated proposal can show what became of it.
 */
@Service
class RedaccionCompromisos {

  private final MesaService mesas;
  private final ConsultaMesas consultaMesas;
  private final BorradorCompromisoService borradores;
  private final CompromisoRepository compromisos;
  private final SujetoObligadoService sujetos;

  RedaccionCompromisos(
      MesaService mesas,
      ConsultaMesas consultaMesas,
      BorradorCompromisoService borradores,
      CompromisoRepository compromisos,
      SujetoObligadoService sujetos) {
    this.mesas = mesas;
    this.consultaMesas = consultaMesas;
    this.borradores = borradores;
    this.compromisos = compromisos;
    this.sujetos = sujetos;
  }

  /** A draft commitment and the proposals (answered INCORPORADA) it takes. */
  record CompromisoPropuesto(Borrador borrador, List<Long> propuestaIds) {}

  /**
   * Task_RedactarCompromisos as it opens: one empty draft with one empty milestone, the active
   * agencies and the table's proposals answered INCORPORADA.
   */
  @Transactional(readOnly = true)
  public FormularioRedactarCompromisos formulario(Long mesaId) {
    Vista vista = mesas.vista(mesaId);
    return new FormularioRedactarCompromisos(
        vista.folio(),
        vista.eje(),
        List.of(FormularioRedactarCompromisos.CompromisoRedactado.vacio()),
        sujetos.activos().stream()
            .map(s -> new OpcionFormulario(ExpedienteCompromiso.nombreConSiglas(s), String.valueOf(s.getId())))
            .toList(),
        RespuestasPropuestas.opciones(
            vista.propuestas().stream().filter(p -> p.decision() == DecisionRespuesta.INCORPORADA).toList()));
  }

  /**
   * Stores the table's draft commitments and links to each the proposals it takes, together with
   * the proposals merged into them.
   *
   * @throws ValidacionException when a draft breaks the commitment rules or names a proposal that
   *     is not an incorporated proposal of this table
   */
  @Transactional
  public List<Compromiso> redactar(Long mesaId, List<CompromisoPropuesto> propuestos, String usuario) {
    Mesa mesa = mesas.mesaInstalada(mesaId);
    List<Propuesta> deLaMesa = consultaMesas.propuestas(mesaId);
    Set<Long> todas = deLaMesa.stream().map(Propuesta::getId).collect(Collectors.toSet());
    Set<Long> incorporadas =
        deLaMesa.stream()
            .filter(p -> p.getRespuestaDecision() == DecisionRespuesta.INCORPORADA)
            .map(Propuesta::getId)
            .collect(Collectors.toSet());
    if (propuestos == null || propuestos.isEmpty()) {
      throw ValidacionException.de("compromiso.borrador.ninguno");
    }
    ReglasRedaccion.validarPropuestasAtendidas(
        incorporadas, todas, propuestos.stream().map(CompromisoPropuesto::propuestaIds).toList());
    List<Compromiso> creados =
        borradores.crear(mesa, propuestos.stream().map(CompromisoPropuesto::borrador).toList(), usuario);
    for (int i = 0; i < creados.size(); i++) {
      mesas.vincularPropuestas(mesaId, new LinkedHashSet<>(propuestos.get(i).propuestaIds()), creados.get(i).getId());
    }
    return creados;
  }

  /** How many drafts of the table are still drafts (the closing of the table reports it). */
  @Transactional(readOnly = true)
  public long borradores(Long mesaId) {
    return compromisos.findByMesaIdOrderByNumero(mesaId).stream()
        .filter(c -> c.getEstado() == EstadoCompromiso.BORRADOR)
        .count();
  }
}
