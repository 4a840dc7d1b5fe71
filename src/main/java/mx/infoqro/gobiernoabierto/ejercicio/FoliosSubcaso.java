package mx.infoqro.gobiernoabierto.ejercicio;

import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Folios of the sub-cases of an edition, used as the business keys of their processes. */
@Service
class FoliosSubcaso {

  private final MesaRepository mesas;
  private final CompromisoRepository compromisos;

  FoliosSubcaso(MesaRepository mesas, CompromisoRepository compromisos) {
    this.mesas = mesas;
    this.compromisos = compromisos;
  }

  @Transactional(readOnly = true)
  String mesa(Long mesaId) {
    return mesas.findById(mesaId).orElseThrow().getFolio();
  }

  @Transactional(readOnly = true)
  String compromiso(Long compromisoId) {
    return compromisos.findById(compromisoId).orElseThrow().getFolio();
  }
}
