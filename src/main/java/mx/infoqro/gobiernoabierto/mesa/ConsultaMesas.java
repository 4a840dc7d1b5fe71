package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of the co-creation tables, their sessions and proposals. The only way
 * into this feature's repositories from outside it; inside a caller's transaction the entities
 * returned are managed.
 */
@Service
@Transactional(readOnly = true)
public class ConsultaMesas {

  private final MesaRepository mesas;
  private final SesionRepository sesiones;
  private final PropuestaRepository propuestas;

  ConsultaMesas(MesaRepository mesas, SesionRepository sesiones, PropuestaRepository propuestas) {
    this.mesas = mesas;
    this.sesiones = sesiones;
    this.propuestas = propuestas;
  }

  /** A table by id. */
  public Optional<Mesa> mesa(Long id) {
    return mesas.findById(id);
  }

  /** The tables of an edition (installed, void and closed), in order of creation. */
  public List<Mesa> deEjercicio(Long ejercicioId) {
    return mesas.findByEjercicioIdOrderById(ejercicioId);
  }

  /** A session by id. */
  public Optional<Sesion> sesion(Long id) {
    return sesiones.findById(id);
  }

  /** The sessions of a table, by number. */
  public List<Sesion> sesiones(Long mesaId) {
    return sesiones.findByMesaIdOrderByNumero(mesaId);
  }

  /** A proposal by id. */
  public Optional<Propuesta> propuesta(Long id) {
    return propuestas.findById(id);
  }

  /** The proposals of a table, in order of arrival. */
  public List<Propuesta> propuestas(Long mesaId) {
    return propuestas.findByMesaIdOrderById(mesaId);
  }
}
