package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria.EstadoConvocatoria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of the editions, their calls and the thematic axes. The only way into
 * this feature's repositories from outside it; inside a caller's transaction the entities returned
 * are managed.
 */
@Service
@Transactional(readOnly = true)
public class ConsultaEjercicios {

  private final EjercicioRepository ejercicios;
  private final ConvocatoriaRepository convocatorias;
  private final EjeTematicoRepository ejes;

  ConsultaEjercicios(EjercicioRepository ejercicios, ConvocatoriaRepository convocatorias, EjeTematicoRepository ejes) {
    this.ejercicios = ejercicios;
    this.convocatorias = convocatorias;
    this.ejes = ejes;
  }

  /** An edition by id; fails when it does not exist (ids come from the engine or from our own rows). */
  public Ejercicio ejercicio(Long id) {
    return ejercicios.findById(id).orElseThrow(() -> new IllegalArgumentException("Ejercicio " + id));
  }

  /** The edition of a year, if it was started. */
  public Optional<Ejercicio> deAnio(int anio) {
    return ejercicios.findByAnio(anio);
  }

  /** The edition with this folio ({@code EGA-<year>}). */
  public Optional<Ejercicio> porFolio(String folio) {
    return ejercicios.findByFolio(folio);
  }

  /** The call of an edition. */
  public Optional<Convocatoria> convocatoria(Long ejercicioId) {
    return convocatorias.findByEjercicioId(ejercicioId);
  }

  /** The portal's current edition: the call of the most recent edition whose call is published. */
  public Optional<Convocatoria> convocatoriaVigente() {
    return convocatorias.findFirstByEstadoOrderByEjercicioAnioDesc(EstadoConvocatoria.PUBLICADA);
  }

  /** The editions whose call is published (the ones that exist for the public), most recent first. */
  public List<Ejercicio> publicadas() {
    return convocatorias.findByEstadoOrderByEjercicioAnioDesc(EstadoConvocatoria.PUBLICADA).stream()
        .map(Convocatoria::getEjercicio)
        .toList();
  }

  /** Whether the edition's call is published (only then does the edition exist for the public). */
  public boolean publicada(Long ejercicioId) {
    return convocatorias.findByEjercicioId(ejercicioId).map(c -> c.getEstado() == EstadoConvocatoria.PUBLICADA).orElse(false);
  }

  /** A thematic axis by its key. */
  public Optional<EjeTematico> eje(String clave) {
    return ejes.findByClave(clave);
  }

  /** The active axes, in the call's order. */
  public List<EjeTematico> ejesActivos() {
    return ejes.findByActivoTrueOrderByOrden();
  }
}
