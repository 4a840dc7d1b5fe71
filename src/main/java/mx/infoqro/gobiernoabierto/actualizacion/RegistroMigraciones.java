package mx.infoqro.gobiernoabierto.actualizacion;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Estado;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Origen;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of the migration runs: each run, what it did per earlier definition, and every
 * instance it left on its version (also in the decision log). Each method commits on its own, so
 * the record shows a run's progress batch by batch and survives a node that dies halfway.
 */
@Component
public class RegistroMigraciones {

  /** Entity of the decision log's records of an instance that stayed on its version. */
  static final String ENTIDAD = "InstanciaProceso";

  /** Decision of those records. */
  static final String NO_MIGRADA = "MIGRACION_PENDIENTE";

  private final EjecucionMigracionRepository ejecuciones;
  private final ResultadoMigracionRepository resultados;
  private final InstanciaNoMigradaRepository noMigradas;
  private final Auditoria auditoria;
  private final Plazos plazos;

  RegistroMigraciones(
      EjecucionMigracionRepository ejecuciones,
      ResultadoMigracionRepository resultados,
      InstanciaNoMigradaRepository noMigradas,
      Auditoria auditoria,
      Plazos plazos) {
    this.ejecuciones = ejecuciones;
    this.resultados = resultados;
    this.noMigradas = noMigradas;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /** The last run, if any. */
  @Transactional(readOnly = true)
  public Optional<EjecucionMigracion> ultima() {
    return ejecuciones.findFirstByOrderByIdDesc();
  }

  /** What a run did per earlier definition. */
  @Transactional(readOnly = true)
  public List<ResultadoMigracion> resultados(Long ejecucionId) {
    return resultados.findByEjecucionIdOrderById(ejecucionId);
  }

  /** The instances a run left on their version. */
  @Transactional(readOnly = true)
  public List<InstanciaNoMigrada> noMigradas(Long ejecucionId) {
    return noMigradas.findByEjecucionIdOrderById(ejecucionId);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  EjecucionMigracion iniciar(Origen origen, String usuario, int total) {
    EjecucionMigracion ejecucion = new EjecucionMigracion(origen, usuario, nodo(), plazos.instante());
    ejecucion.contar(total, 0, 0);
    return ejecuciones.save(ejecucion);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  ResultadoMigracion resultado(Long ejecucionId, String proceso, int version, int desde, int hasta, String descripcion) {
    return resultados.save(new ResultadoMigracion(ejecucionId, proceso, version, desde, hasta, descripcion));
  }

  /** The counts so far, of the run and of one of its definitions. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void contar(Long ejecucionId, Long resultadoId, int migradas, int pendientes, int migradasEjecucion, int pendientesEjecucion) {
    resultados.findById(resultadoId).orElseThrow().contar(migradas, pendientes);
    EjecucionMigracion e = ejecuciones.findById(ejecucionId).orElseThrow();
    e.contar(e.getTotal(), migradasEjecucion, pendientesEjecucion);
  }

  /** An instance stays on its version: on the operations page and in the decision log. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void quedarse(ResultadoMigracion resultado, String instancia, String folio, String motivo) {
    noMigradas.save(new InstanciaNoMigrada(resultado, instancia, folio, motivo));
    String texto =
        Mensajes.texto("migracion.pendiente", resultado.getProceso(), resultado.getDesde(), resultado.getHasta(), motivo);
    auditoria.registrar(
        ResultadoMigracion.recortar(folio != null ? folio : resultado.getProceso(), 40),
        ENTIDAD, null, NO_MIGRADA, Auditoria.SISTEMA, ResultadoMigracion.recortar(texto + " [" + instancia + "]", 8000));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void terminar(Long ejecucionId, Estado estado) {
    ejecuciones.findById(ejecucionId).orElseThrow().terminar(estado, plazos.instante());
  }

  /** Runs left in progress by a node that stopped or died: the migrations go on at this start. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void cerrarInterrumpidas() {
    ejecuciones.findByEstado(Estado.EN_CURSO).forEach(e -> e.terminar(Estado.INTERRUMPIDA, plazos.instante()));
  }

  private static String nodo() {
    try {
      return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
    } catch (UnknownHostException e) {
      return "pid " + ProcessHandle.current().pid();
    }
  }
}
