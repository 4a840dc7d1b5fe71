package mx.infoqro.gobiernoabierto.sujeto;

import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.FiltrosTasklist;
import mx.infoqro.gobiernoabierto.comun.Identidad;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies (sujetos obligados) and their liaisons' Camunda groups. */
@Service
public class SujetoObligadoService {

  private final SujetoObligadoRepository sujetos;
  private final Identidad identidad;
  private final FiltrosTasklist filtros;
  private final Autorizaciones autorizaciones;

  SujetoObligadoService(
      SujetoObligadoRepository sujetos, Identidad identidad, FiltrosTasklist filtros, Autorizaciones autorizaciones) {
    this.sujetos = sujetos;
    this.identidad = identidad;
    this.filtros = filtros;
    this.autorizaciones = autorizaciones;
  }

  /**
   * Registers an agency (or returns the existing one with that key) and makes sure its liaisons'
   * group {@code so-<clave>}, its Tasklist filter and the group's authorizations (see {@link
   * Autorizaciones}) exist.
   */
  @Transactional
  public SujetoObligado registrar(
      String clave, String nombre, String siglas, SujetoObligado.TipoSujeto tipo, String correoEnlace) {
    SujetoObligado sujeto =
        sujetos
            .findByClave(clave)
            .orElseGet(
                () -> {
                  SujetoObligado nuevo = new SujetoObligado(clave, nombre, siglas, tipo);
                  nuevo.setCorreoEnlace(correoEnlace);
                  return sujetos.save(nuevo);
                });
    String nombreGrupo = Mensajes.texto("sujeto.grupo.nombre", siglas != null ? siglas : nombre);
    identidad.asegurarGrupo(sujeto.grupo(), nombreGrupo, "SUJETO_OBLIGADO");
    autorizaciones.concederSujeto(sujeto.grupo(), filtros.asegurarFiltroGrupo(sujeto.grupo(), nombreGrupo, 100));
    return sujeto;
  }

  @Transactional(readOnly = true)
  public List<SujetoObligado> activos() {
    return sujetos.findByActivoTrueOrderByNombre();
  }

  /** The ids of the active agencies: the ones a liaison may register for. */
  @Transactional(readOnly = true)
  public List<Long> idsActivos() {
    return sujetos.idsActivos();
  }

  /** The agency with this key, if registered. */
  @Transactional(readOnly = true)
  public Optional<SujetoObligado> porClave(String clave) {
    return sujetos.findByClave(clave);
  }

  /** An agency by id, if it exists. */
  @Transactional(readOnly = true)
  public Optional<SujetoObligado> buscar(Long id) {
    return sujetos.findById(id);
  }

  /** An agency by id; fails when it does not exist. */
  @Transactional(readOnly = true)
  public SujetoObligado porId(Long id) {
    return sujetos.findById(id).orElseThrow(() -> new IllegalArgumentException("Sujeto obligado " + id));
  }
}
