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

  RedaccionCompromisos(
      MesaService mesas,
      ConsultaMesas consultaMesas,
      BorradorCompromisoService borradores,
      CompromisoRepository compromisos) {
    this.mesas = mesas;
    this.consultaMesas = consultaMesas;
    this.borradores = borradores;
    this.compromisos = compromisos;
  }

  /** A draft commitment and the proposals (answered INCORPORADA) it takes. */
  record CompromisoPropuesto(Borrador borrador, List<Long> propuestaIds) {}

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
      throw new ValidacionException("Agregue al menos un compromiso.");
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
