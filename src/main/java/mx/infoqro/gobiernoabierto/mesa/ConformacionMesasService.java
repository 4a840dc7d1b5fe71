package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
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
  private final Plazos plazos;

  ConformacionMesasService(
      ConsultaEjercicios ejercicios,
      MesaRepository mesas,
      ConsultaRegistros registros,
      DecisionService decisionService,
      Auditoria auditoria,
      Notificador notificador,
      Plazos plazos) {
    this.ejercicios = ejercicios;
    this.mesas = mesas;
    this.registros = registros;
    this.decisionService = decisionService;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.plazos = plazos;
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
              .evaluateDecisionByKey(EjercicioBpmn.DECISION_QUORUM)
              .variables(Map.of(QUORUM_EJE, eje.getClave(), QUORUM_GOBIERNO, gobierno, QUORUM_SOCIEDAD_CIVIL, sociedadCivil))
              .evaluate()
              .getSingleResult();
      boolean instalar = Boolean.TRUE.equals(resultado.getEntry(QUORUM_INSTALAR));
      Mesa mesa = new Mesa();
      mesa.setEjercicio(ejercicio);
      mesa.setEje(eje);
      mesa.setFolio(Mesa.folioDe(ejercicio.getFolio(), eje.getOrden()));
      mesa.setCreada(plazos.ahora().toInstant());
      String conteo = Mensajes.texto("mesa.auditoria.conteo", String.valueOf(gobierno), String.valueOf(sociedadCivil));
      if (instalar) {
        mesa.setEstado(Mesa.EstadoMesa.INSTALADA);
        mesa.getIntegrantes().addAll(delEje);
        mesas.save(mesa);
        instaladas.add(mesa.getId());
        auditoria.registrar(mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_MESA_INSTALADA, Auditoria.SISTEMA, conteo);
        for (Registro r : delEje) {
          notificador.aCorreo(
              mesa.getFolio(), NOTIFICACION_ASIGNACION_MESA, r.getParticipante().getCorreo(), r.getParticipante().getNombre(),
              eje.getNombre(), mesa.getFolio());
        }
      } else {
        mesa.setEstado(Mesa.EstadoMesa.DESIERTA);
        mesa.setMotivoDesierta((String) resultado.getEntry(QUORUM_MOTIVO));
        mesas.save(mesa);
        auditoria.registrar(
            mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_MESA_DESIERTA, Auditoria.SISTEMA,
            Mensajes.texto("mesa.auditoria.desierta", mesa.getMotivoDesierta(), conteo));
      }
    }
    return instaladas;
  }
}
