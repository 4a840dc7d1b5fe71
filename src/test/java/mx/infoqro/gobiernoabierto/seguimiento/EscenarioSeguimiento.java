package mx.infoqro.gobiernoabierto.seguimiento;

import java.time.LocalDate;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of the follow-up: an edition whose action plan runs through the whole calendar year
 * after the edition's year, and one APROBADO commitment of it with two milestones.
 */
@Component
class EscenarioSeguimiento {

  private final Escenarios escenarios;
  private final ConvocatoriaRepository convocatorias;
  private final CompromisoRepository compromisos;
  private final TransactionTemplate tx;

  EscenarioSeguimiento(
      Escenarios escenarios,
      ConvocatoriaRepository convocatorias,
      CompromisoRepository compromisos,
      TransactionTemplate tx) {
    this.escenarios = escenarios;
    this.convocatorias = convocatorias;
    this.compromisos = compromisos;
    this.tx = tx;
  }

  /** An approved commitment, its agency and its plan period. */
  record CompromisoAprobado(
      Long ejercicioId, Long compromisoId, String folio, SujetoObligado sujeto, LocalDate inicioPlan, LocalDate finPlan) {}

  CompromisoAprobado compromisoAprobado() {
    Ejercicio ejercicio = escenarios.ejercicio();
    LocalDate inicio = LocalDate.of(ejercicio.getAnio() + 1, 1, 1);
    LocalDate fin = LocalDate.of(ejercicio.getAnio() + 1, 12, 31);
    tx.executeWithoutResult(
        s -> {
          var convocatoria = convocatorias.findByEjercicioId(ejercicio.getId()).orElseThrow();
          convocatoria.setFechaInicioPlan(inicio);
          convocatoria.setFechaFinPlan(fin);
          convocatorias.save(convocatoria);
        });
    SujetoObligado sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "anticorrupcion", sujeto);
    Compromiso compromiso = escenarios.compromiso(mesa, sujeto);
    tx.executeWithoutResult(
        s -> {
          Compromiso c = compromisos.findById(compromiso.getId()).orElseThrow();
          c.setEstado(EstadoCompromiso.APROBADO);
          compromisos.save(c);
        });
    return new CompromisoAprobado(ejercicio.getId(), compromiso.getId(), compromiso.getFolio(), sujeto, inicio, fin);
  }
}
