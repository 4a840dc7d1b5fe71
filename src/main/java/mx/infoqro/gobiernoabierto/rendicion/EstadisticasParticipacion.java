package mx.infoqro.gobiernoabierto.rendicion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas.Cocreacion;
import mx.infoqro.gobiernoabierto.registro.EstadisticasRegistro;
import mx.infoqro.gobiernoabierto.registro.EstadisticasRegistro.Dimension;
import mx.infoqro.gobiernoabierto.registro.ReglasEstadistica;
import mx.infoqro.gobiernoabierto.registro.ReglasEstadistica.Celda;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous participation statistics of the public editions ({@code /participacion} and the open
 * data): registrations from the snapshot taken at the registration's close, cells under 3 people
 * hidden ({@link ReglasEstadistica}); sessions held and proposals with how they were answered.
 */
@Service
public class EstadisticasParticipacion {

  /** One dimension's published cells. */
  public record Tabla(Dimension dimension, List<Celda> celdas) {}

  /** The statistics of one edition. */
  public record Estadisticas(
      String edicion, int anio, LocalDate tomada, Celda total, List<Tabla> registro, Cocreacion cocreacion) {

    public boolean conRegistro() {
      return total != null;
    }
  }

  private final ConsultaEjercicios ejercicios;
  private final EstadisticasRegistro registro;
  private final ConsultaMesas mesas;
  private final Plazos plazos;

  EstadisticasParticipacion(ConsultaEjercicios ejercicios, EstadisticasRegistro registro, ConsultaMesas mesas, Plazos plazos) {
    this.ejercicios = ejercicios;
    this.registro = registro;
    this.mesas = mesas;
    this.plazos = plazos;
  }

  /** The folios of the editions whose call is published, most recent first. */
  @Transactional(readOnly = true)
  public List<String> ediciones() {
    return ejercicios.publicadas().stream().map(Ejercicio::getFolio).toList();
  }

  /** The statistics of a public edition; empty when the folio is unknown or its call unpublished. */
  @Transactional(readOnly = true)
  public Optional<Estadisticas> de(String folio) {
    return ejercicios.publicadas().stream().filter(e -> e.getFolio().equals(folio)).findFirst().map(this::estadisticas);
  }

  /** The statistics of every public edition (open data). */
  @Transactional(readOnly = true)
  public List<Estadisticas> todas() {
    return ejercicios.publicadas().stream().map(this::estadisticas).toList();
  }

  private Estadisticas estadisticas(Ejercicio e) {
    Cocreacion cocreacion = mesas.cocreacion(e.getId());
    return registro
        .de(e.getId())
        .map(
            i -> {
              List<Tabla> tablas = new ArrayList<>();
              for (Map.Entry<Dimension, Map<String, Integer>> d : i.cuentas().entrySet()) {
                tablas.add(new Tabla(d.getKey(), ReglasEstadistica.publicar(d.getValue(), d.getKey() != Dimension.EJE)));
              }
              return new Estadisticas(
                  e.getFolio(), e.getAnio(), plazos.dia(i.tomada()),
                  ReglasEstadistica.total(i.total()), tablas, cocreacion);
            })
        .orElseGet(() -> new Estadisticas(e.getFolio(), e.getAnio(), null, null, List.of(), cocreacion));
  }
}
