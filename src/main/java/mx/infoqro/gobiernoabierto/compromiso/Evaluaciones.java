package mx.infoqro.gobiernoabierto.compromiso;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one evaluation row of a commitment: its approval criteria are set by the STL's review, its
 * IRM scales at the end of the follow-up (seguimiento). Both write through here.
 */
@Service
public class Evaluaciones {

  private final EvaluacionRepository evaluaciones;

  Evaluaciones(EvaluacionRepository evaluaciones) {
    this.evaluaciones = evaluaciones;
  }

  /** The commitment's evaluation, created (and stored) on first use, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Evaluacion deCompromiso(Compromiso compromiso) {
    return evaluaciones
        .findByCompromisoId(compromiso.getId())
        .orElseGet(() -> evaluaciones.save(new Evaluacion(compromiso)));
  }
}
