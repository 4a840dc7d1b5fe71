package mx.infoqro.gobiernoabierto.registro;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation statistics of an edition (DOMAIN.md): a snapshot of the registrations that
 * count, taken when the registration closes (profiles change later, and ARCO cancellations erase
 * them), counted by sector, gender, municipality and axis. Only counts are kept; the public side
 * hides small cells ({@link ReglasEstadistica}).
 */
@Service
public class EstadisticasRegistro {

  /** What a snapshot counts people by. */
  public enum Dimension {
    SECTOR,
    GENERO,
    MUNICIPIO,
    EJE
  }

  /** The category of a person who did not say (gender, municipality are optional or erased). */
  public static final String NO_INDICADO = "NO_INDICADO";

  private final EstadisticaRegistroRepository estadisticas;
  private final Plazos plazos;

  EstadisticasRegistro(EstadisticaRegistroRepository estadisticas, Plazos plazos) {
    this.estadisticas = estadisticas;
    this.plazos = plazos;
  }

  /**
   * Takes the snapshot of an edition's valid registrations, in the close's transaction. Taken once:
   * a second close (a retried job) keeps the first snapshot.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void tomar(Long ejercicioId, List<Registro> validos) {
    if (validos.isEmpty() || estadisticas.existsByEjercicioId(ejercicioId)) {
      return;
    }
    Map<Dimension, Map<String, Integer>> cuentas = new LinkedHashMap<>();
    for (Registro r : validos) {
      Participante p = r.getParticipante();
      contar(cuentas, Dimension.SECTOR, p.getSector().name());
      contar(cuentas, Dimension.GENERO, p.getGenero() != null ? p.getGenero() : NO_INDICADO);
      contar(cuentas, Dimension.MUNICIPIO, p.getMunicipio() != null ? p.getMunicipio() : NO_INDICADO);
      for (EjeTematico eje : r.getEjes()) {
        contar(cuentas, Dimension.EJE, eje.getNombre());
      }
    }
    Instant ahora = plazos.ahora().toInstant();
    var ejercicio = validos.get(0).getEjercicio();
    cuentas.forEach(
        (dimension, porCategoria) ->
            porCategoria.forEach(
                (categoria, personas) -> {
                  EstadisticaRegistro e = new EstadisticaRegistro();
                  e.setEjercicio(ejercicio);
                  e.setDimension(dimension);
                  e.setCategoria(categoria);
                  e.setPersonas(personas);
                  e.setTomada(ahora);
                  estadisticas.save(e);
                }));
  }

  /** A snapshot: the people counted in each category of each dimension, and when it was taken. */
  public record Instantanea(Instant tomada, int total, Map<Dimension, Map<String, Integer>> cuentas) {}

  /** The snapshot of an edition, if its registration closed with this feature in place. */
  @Transactional(readOnly = true)
  public Optional<Instantanea> de(Long ejercicioId) {
    List<EstadisticaRegistro> filas = estadisticas.findByEjercicioIdOrderByDimensionAscPersonasDescCategoriaAsc(ejercicioId);
    if (filas.isEmpty()) {
      return Optional.empty();
    }
    Map<Dimension, Map<String, Integer>> cuentas = new TreeMap<>();
    for (EstadisticaRegistro e : filas) {
      cuentas.computeIfAbsent(e.getDimension(), d -> new LinkedHashMap<>()).put(e.getCategoria(), e.getPersonas());
    }
    int total = cuentas.getOrDefault(Dimension.SECTOR, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    return Optional.of(new Instantanea(filas.get(0).getTomada(), total, cuentas));
  }

  private static void contar(Map<Dimension, Map<String, Integer>> cuentas, Dimension dimension, String categoria) {
    cuentas.computeIfAbsent(dimension, d -> new LinkedHashMap<>()).merge(categoria, 1, Integer::sum);
  }

}
