package mx.infoqro.gobiernoabierto.mesa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.ConsultaRegistros;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms the co-creation tables when registration closes: one table per offered axis. Whether an
 * axis has quorum is decided by the decision table {@code quorum-mesa} (processes/), which the
 * commission can change without touching code; an axis without quorum gets a void table with the
 * public reason the decision table gives.
 */
@Service
public class ConformacionMesasService {

  private final ConsultaEjercicios ejercicios;
  private final MesaRepository mesas;
  private final ConsultaRegistros registros;
  private final DecisionService decisionService;
  private final Auditoria auditoria;
  private final Notificador notificador;

  ConformacionMesasService(
      ConsultaEjercicios ejercicios,
      MesaRepository mesas,
      ConsultaRegistros registros,
      DecisionService decisionService,
      Auditoria auditoria,
      Notificador notificador) {
    this.ejercicios = ejercicios;
    this.mesas = mesas;
    this.registros = registros;
    this.decisionService = decisionService;
    this.auditoria = auditoria;
    this.notificador = notificador;
  }

  /**
   * Creates the tables of the edition from its valid registrations and returns the ids of the
   * installed ones (void tables are stored too, with their reason).
   */
  @Transactional
  public List<Long> conformar(Long ejercicioId) {
    Ejercicio ejercicio = ejercicios.ejercicio(ejercicioId);
    List<Registro> registrosValidos = registros.deEjercicio(ejercicioId).stream().filter(Registro::cuenta).toList();
    List<Long> instaladas = new ArrayList<>();
    for (EjeTematico eje : ejercicio.getEjes()) {
      List<Registro> delEje = registrosValidos.stream().filter(r -> r.getEjes().stream().anyMatch(e -> e.getId().equals(eje.getId()))).toList();
      long gobierno = delEje.stream().filter(r -> !r.getParticipante().getSector().esSociedadCivil()).count();
      long sociedadCivil = delEje.size() - gobierno;
      DmnDecisionResultEntries resultado =
          decisionService
              .evaluateDecisionByKey(EjercicioProcess.DECISION_QUORUM)
              .variables(Map.of("eje", eje.getClave(), "gobierno", gobierno, "sociedadCivil", sociedadCivil))
              .evaluate()
              .getSingleResult();
      boolean instalar = Boolean.TRUE.equals(resultado.getEntry("instalar"));
      Mesa mesa = new Mesa();
      mesa.setEjercicio(ejercicio);
      mesa.setEje(eje);
      mesa.setFolio(Mesa.folioDe(ejercicio.getFolio(), eje.getOrden()));
      String conteo = "Gobierno: " + gobierno + "; sociedad civil: " + sociedadCivil;
      if (instalar) {
        mesa.setEstado(Mesa.EstadoMesa.INSTALADA);
        mesa.getIntegrantes().addAll(delEje);
        mesas.save(mesa);
        instaladas.add(mesa.getId());
        auditoria.registrar(mesa.getFolio(), "Mesa", mesa.getId(), "INSTALADA", Auditoria.SISTEMA, conteo);
        for (Registro r : delEje) {
          notificador.aCorreo(
              mesa.getFolio(), "ASIGNACION_MESA", r.getParticipante().getCorreo(), r.getParticipante().getNombre(),
              eje.getNombre(), mesa.getFolio());
        }
      } else {
        mesa.setEstado(Mesa.EstadoMesa.DESIERTA);
        mesa.setMotivoDesierta((String) resultado.getEntry("motivo"));
        mesas.save(mesa);
        auditoria.registrar(
            mesa.getFolio(), "Mesa", mesa.getId(), "DESIERTA", Auditoria.SISTEMA, mesa.getMotivoDesierta() + " (" + conteo + ")");
      }
    }
    return instaladas;
  }
}
