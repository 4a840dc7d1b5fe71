package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of the commitments and their evaluations. The only way into this
 * feature's repositories from outside it; inside a caller's transaction the entities returned are
 * managed.
 */
@Service
@Transactional(readOnly = true)
public class ConsultaCompromisos {

  private final CompromisoRepository compromisos;
  private final EvaluacionRepository evaluaciones;

  ConsultaCompromisos(CompromisoRepository compromisos, EvaluacionRepository evaluaciones) {
    this.compromisos = compromisos;
    this.evaluaciones = evaluaciones;
  }

  /** A commitment by id; fails when it does not exist (ids come from the engine or our own rows). */
  public Compromiso compromiso(Long id) {
    return compromisos.findById(id).orElseThrow(() -> new IllegalArgumentException("Compromiso " + id));
  }

  /** A commitment by folio ({@code EGA-<year>-C-<nnn>}). */
  public Optional<Compromiso> porFolio(String folio) {
    return compromisos.findByFolio(folio);
  }

  /** The commitments of an edition, by number. */
  public List<Compromiso> deEjercicio(Long ejercicioId) {
    return compromisos.findByEjercicioIdOrderByNumero(ejercicioId);
  }

  /** The commitments a table drafted, by number. */
  public List<Compromiso> deMesa(Long mesaId) {
    return compromisos.findByMesaIdOrderByNumero(mesaId);
  }

  /** The evaluation of a commitment, once one was started. */
  public Optional<Evaluacion> evaluacion(Long compromisoId) {
    return evaluaciones.findByCompromisoId(compromisoId);
  }
}
