package mx.infoqro.gobiernoabierto.registro;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registrations of an edition: who takes part, on which axes, and the close of the window. */
@Service
public class RegistroService {

  private final RegistroRepository registros;
  private final EjercicioRepository ejercicios;
  private final Auditoria auditoria;

  RegistroService(RegistroRepository registros, EjercicioRepository ejercicios, Auditoria auditoria) {
    this.registros = registros;
    this.ejercicios = ejercicios;
    this.auditoria = auditoria;
  }

  /** Ids of the agencies with at least one registration (in any state) in the edition. */
  @Transactional(readOnly = true)
  public Set<Long> sujetosConRegistro(Long ejercicioId) {
    return registros.findByEjercicioId(ejercicioId).stream()
        .map(r -> r.getParticipante().getSujetoObligado())
        .filter(Objects::nonNull)
        .map(s -> s.getId())
        .collect(Collectors.toSet());
  }

  /**
   * Closes the registration window: every registration is frozen (nothing changes afterwards) and
   * the counts are recorded. Returns the registrations that count for the tables.
   */
  @Transactional
  public List<Registro> cerrar(Long ejercicioId) {
    Ejercicio ejercicio = ejercicios.findById(ejercicioId).orElseThrow();
    Instant ahora = ClockUtil.getCurrentTime().toInstant();
    List<Registro> todos = registros.findByEjercicioId(ejercicioId);
    todos.forEach(r -> r.setCongelado(ahora));
    List<Registro> validos = todos.stream().filter(Registro::cuenta).toList();
    auditoria.registrar(
        ejercicio.getFolio(),
        "Ejercicio",
        ejercicioId,
        "REGISTRO_CERRADO",
        Auditoria.SISTEMA,
        "Registros válidos: " + validos.size() + " de " + todos.size());
    return validos;
  }
}
