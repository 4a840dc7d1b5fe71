package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The final report of an edition: drafted by comision, approved by the Pleno. */
@Service
public class InformeFinalService {

  private final ConsultaEjercicios ejercicios;
  private final ConsultaMesas mesas;
  private final ConsultaCompromisos compromisos;
  private final Auditoria auditoria;

  InformeFinalService(
      ConsultaEjercicios ejercicios, ConsultaMesas mesas, ConsultaCompromisos compromisos, Auditoria auditoria) {
    this.ejercicios = ejercicios;
    this.mesas = mesas;
    this.compromisos = compromisos;
    this.auditoria = auditoria;
  }

  /** The report as stored, or a first draft with the edition's figures for comision to complete. */
  @Transactional(readOnly = true)
  public String borrador(Long ejercicioId) {
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    if (e.getInformeFinal() != null) {
      return e.getInformeFinal();
    }
    var todasLasMesas = mesas.deEjercicio(ejercicioId);
    long instaladas = todasLasMesas.stream().filter(m -> m.getEstado() != Mesa.EstadoMesa.DESIERTA).count();
    var todos = compromisos.deEjercicio(ejercicioId);
    long evaluados = todos.stream().filter(c -> c.getEstado() == EstadoCompromiso.EVALUADO).count();
    long noAprobados = todos.stream().filter(c -> c.getEstado() == EstadoCompromiso.NO_APROBADO).count();
    return "Informe final del Ejercicio de Gobierno Abierto "
        + e.getAnio()
        + ".\n\nMesas de co-creación instaladas: "
        + instaladas
        + "; declaradas desiertas: "
        + (todasLasMesas.size() - instaladas)
        + ".\nCompromisos co-creados: "
        + todos.size()
        + "; no aprobados: "
        + noAprobados
        + "; evaluados al cierre: "
        + evaluados
        + ".\n\nResultados y aprendizajes: ";
  }

  /** Stores comision's report and sends it to the Pleno. */
  @Transactional
  public void guardar(Long ejercicioId, String informe, String usuario) {
    if (informe == null) {
      throw new ValidacionException("Escriba el informe final.");
    }
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    e.setInformeFinal(informe);
    auditoria.registrar(e.getFolio(), "Ejercicio", ejercicioId, "INFORME_ENVIADO_AL_PLENO", usuario, null);
  }

  /** The Pleno approves the report or returns it with observations (required when returning). */
  @Transactional
  public void decidir(Long ejercicioId, String decision, String observaciones, String usuario) {
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    if (EjercicioProcess.DEVOLVER.equals(decision)) {
      if (observaciones == null) {
        throw new ValidacionException("Para devolver el informe escriba las observaciones.");
      }
      e.setObservacionesInforme(observaciones);
      auditoria.registrar(e.getFolio(), "Ejercicio", ejercicioId, "INFORME_DEVUELTO", usuario, observaciones);
    } else if (EjercicioProcess.APROBAR.equals(decision)) {
      auditoria.registrar(e.getFolio(), "Ejercicio", ejercicioId, "INFORME_APROBADO", usuario, observaciones);
    } else {
      throw new ValidacionException("Elija si aprueba o devuelve el informe final.");
    }
  }
}
