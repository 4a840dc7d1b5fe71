package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The final report of an edition: drafted by comision, approved by the Pleno. */
@Service
public class InformeFinalService {

  /** Entity and decisions of the report in the decision log. */
  public static final String ENTIDAD = "Ejercicio";
  public static final String INFORME_ENVIADO = "INFORME_ENVIADO_AL_PLENO";
  public static final String INFORME_DEVUELTO = "INFORME_DEVUELTO";
  public static final String INFORME_APROBADO = "INFORME_APROBADO";

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
    return Mensajes.texto(
        "seguimiento.informe.borrador",
        String.valueOf(e.getAnio()),
        String.valueOf(instaladas),
        String.valueOf(todasLasMesas.size() - instaladas),
        String.valueOf(todos.size()),
        String.valueOf(noAprobados),
        String.valueOf(evaluados));
  }

  /** Task_PrepararInformeFinal as it opens: the report (or its first draft) and the Pleno's observations. */
  @Transactional(readOnly = true)
  public FormularioPrepararInformeFinal formularioPreparar(Long ejercicioId) {
    return new FormularioPrepararInformeFinal(
        ejercicios.ejercicio(ejercicioId).getObservacionesInforme(), borrador(ejercicioId));
  }

  /** Stores comision's report and sends it to the Pleno. */
  @Transactional
  public void guardar(Long ejercicioId, String informe, String usuario) {
    if (informe == null) {
      throw ValidacionException.de("seguimiento.informe.vacio");
    }
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    e.setInformeFinal(informe);
    auditoria.registrar(e.getFolio(), ENTIDAD, ejercicioId, INFORME_ENVIADO, usuario, null);
  }

  /** The Pleno approves the report or returns it with observations (required when returning). */
  @Transactional
  public void decidir(Long ejercicioId, String decision, String observaciones, String usuario) {
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    if (EjercicioBpmn.DEVOLVER.equals(decision)) {
      if (observaciones == null) {
        throw ValidacionException.de("seguimiento.informe.sin-observaciones");
      }
      e.setObservacionesInforme(observaciones);
      auditoria.registrar(e.getFolio(), ENTIDAD, ejercicioId, INFORME_DEVUELTO, usuario, observaciones);
    } else if (EjercicioBpmn.APROBAR.equals(decision)) {
      auditoria.registrar(e.getFolio(), ENTIDAD, ejercicioId, INFORME_APROBADO, usuario, observaciones);
    } else {
      throw ValidacionException.de("seguimiento.informe.sin-decision");
    }
  }
}
