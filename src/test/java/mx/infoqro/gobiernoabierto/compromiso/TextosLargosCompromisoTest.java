package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.TextoLargo;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The commitments' forms filled to the limit their form allows (accents and characters outside the
 * BMP included): every text is stored whole, also where the step adds to it (the decision log, the
 * public reason of a commitment not approved), and one character more is refused with the field's
 * Spanish message, changing nothing (issue 10, items 2 and 5).
 */
class TextosLargosCompromisoTest extends PruebaIntegracion {

  @Autowired CompromisoRepository compromisos;
  @Autowired HitoRepository hitos;
  @Autowired PlanAccionService planes;
  @Autowired Auditoria auditoria;
  @Autowired Formularios formularios;
  @Autowired TransactionTemplate tx;

  private Ejercicio ejercicio;
  private Compromiso compromiso;

  @BeforeEach
  void borrador() {
    ejercicio = escenarios.ejercicio();
    SujetoObligado sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "anticorrupcion", sujeto);
    compromiso = escenarios.compromiso(mesa, sujeto);
  }

  @Test
  void aDraftRevisedAtEveryLimitEndsNotApprovedWithItsLastObservationsWhole() {
    ProcessInstance pi = iniciar();
    for (int ronda = 1; ronda <= 3; ronda++) {
      String observaciones = TextoLargo.de(4000, "ronda " + ronda);
      enviar(pi, TASK_REVISAR_STL, "stl", FormularioRevisarCompromisoStl.decision(DEVOLVER, observaciones));
      assertThat(recargar().getObservaciones()).isEqualTo(observaciones);
      assertThat(auditoria.historial(compromiso.getFolio()))
          .filteredOn(r -> DEVUELTO_STL.equals(r.getDecision()))
          .last()
          .extracting(RegistroDecision::getMotivo)
          .asString()
          .as("observations and the criteria not checked")
          .startsWith(observaciones)
          .hasSizeGreaterThan(4000);
      if (ronda < 3) {
        atenderAlLimite(pi, ronda);
      }
    }

    Compromiso noAprobado = recargar();
    assertThat(noAprobado.getEstado()).isEqualTo(EstadoCompromiso.NO_APROBADO);
    assertThat(noAprobado.getMotivoNoAprobado()).endsWith(TextoLargo.de(4000, "ronda 3")).hasSizeGreaterThan(4000);
    assertThat(ultima().getMotivo()).isEqualTo(noAprobado.getMotivoNoAprobado());
  }

  /** The table revises the draft with every text at its limit, after one character too many is refused. */
  private void atenderAlLimite(ProcessInstance pi, int ronda) {
    Task tarea = tarea(pi, TASK_ATENDER_OBSERVACIONES);
    FormularioAtenderObservaciones p = formularios.mostrado(
        processEngine.getFormService().getTaskFormVariables(tarea.getId()), FormularioAtenderObservaciones.class);
    String s = "ronda " + ronda;
    List<BorradorHito> hitosLargos =
        List.of(
            new BorradorHito(TextoLargo.de(1000, s + " hito 1"), TextoLargo.de(1000, s + " producto 1"), p.fechaInicio(), p.fechaInicio().plusMonths(4)),
            new BorradorHito(TextoLargo.de(1000, s + " hito 2"), TextoLargo.de(1000, s + " producto 2"), p.fechaInicio().plusMonths(4), p.fechaFin()));
    FormularioAtenderObservaciones alLimite =
        FormularioAtenderObservaciones.correccion(new Borrador(
            TextoLargo.de(300, s + " título"),
            TextoLargo.de(4000, s + " problema"),
            TextoLargo.de(4000, s + " statu quo"),
            TextoLargo.de(8000, s + " descripción"),
            TextoLargo.de(4000, s + " cómo resuelve"),
            EnumSet.allOf(ValorGobiernoAbierto.class),
            p.sujetoResponsableId(),
            TextoLargo.de(2000, s + " otros actores"),
            TextoLargo.de(500, s + " contacto"),
            p.fechaInicio(),
            p.fechaFin(),
            hitosLargos));
    String tituloAntes = recargar().getTitulo();
    FormularioAtenderObservaciones demasiado =
        FormularioAtenderObservaciones.correccion(new Borrador(
            alLimite.titulo() + "x", alLimite.problema(), alLimite.statusQuo(), alLimite.descripcion(),
            alLimite.comoResuelve(), alLimite.valores(), alLimite.sujetoResponsableId(), alLimite.otrosActores(),
            alLimite.contacto(), alLimite.fechaInicio(), alLimite.fechaFin(), hitosLargos));

    assertThatThrownBy(() -> enviar(pi, TASK_ATENDER_OBSERVACIONES, "facilitador", demasiado))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .rootCause()
        .hasMessage("«Título del compromiso» admite hasta 300 caracteres; el texto enviado tiene 301.");
    assertThat(recargar().getTitulo()).isEqualTo(tituloAntes);
    assertThat(tarea(pi, TASK_ATENDER_OBSERVACIONES).getId()).isEqualTo(tarea.getId());

    enviar(pi, TASK_ATENDER_OBSERVACIONES, "facilitador", alLimite);
    Compromiso revisado = recargar();
    assertThat(revisado.getTitulo()).isEqualTo(alLimite.titulo());
    assertThat(revisado.getDescripcion()).isEqualTo(alLimite.descripcion());
    assertThat(revisado.getOtrosActores()).isEqualTo(alLimite.otrosActores());
    assertThat(hitos.findByCompromisoIdOrderByFechaFin(compromiso.getId()))
        .extracting(Hito::getDescripcion, Hito::getProductoEsperado)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(hitosLargos.get(0).descripcion(), hitosLargos.get(0).productoEsperado()),
            org.assertj.core.groups.Tuple.tuple(hitosLargos.get(1).descripcion(), hitosLargos.get(1).productoEsperado()));
    // The STL reviews the next round with the whole revised draft before it
    FormularioRevisarCompromisoStl siguiente = formularios.mostrado(
        processEngine.getFormService().getTaskFormVariables(tarea(pi, TASK_REVISAR_STL).getId()), FormularioRevisarCompromisoStl.class);
    assertThat(siguiente.descripcion()).isEqualTo(alLimite.descripcion());
    assertThat(siguiente.hitosResumen()).contains(hitosLargos.get(1).descripcion()).hasSizeGreaterThan(4000);
  }

  @Test
  void theAgencyAndThePlenoDecideWithObservationsAtTheirLimit() {
    ProcessInstance pi = iniciar();
    enviar(pi, TASK_REVISAR_STL, "stl", FormularioRevisarCompromisoStl.decision(APROBAR, TextoLargo.de(4000, "stl")));
    String aceptacion = TextoLargo.de(4000, "dependencia");
    enviar(pi, TASK_ACEPTAR, "enlace",
        FormularioAceptarCompromiso.decision(ACEPTAR, aceptacion));
    assertThat(ultima().getMotivo()).isEqualTo(aceptacion);

    String devolucion = TextoLargo.de(4000, "pleno");
    assertThatThrownBy(() -> enviar(pi, TASK_APROBAR_PLENO, "pleno", FormularioAprobarCompromisoPleno.decision(DEVOLVER, devolucion + "x")))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .rootCause()
        .hasMessage("«Observaciones» admite hasta 4000 caracteres; el texto enviado tiene 4001.");
    assertThat(recargar().getEstado()).isEqualTo(EstadoCompromiso.EN_APROBACION_PLENO);

    enviar(pi, TASK_APROBAR_PLENO, "pleno", FormularioAprobarCompromisoPleno.decision(DEVOLVER, devolucion));
    assertThat(recargar().getObservaciones()).isEqualTo(devolucion);
    assertThat(ultima().getMotivo()).isEqualTo(devolucion);
  }

  @Test
  void thePlenoSignsThePlanWithObservationsAtTheirLimit() {
    planes.integrar(ejercicio.getId());
    ProcessInstance edicion = escenarios.edicionEn(ejercicio, EjercicioBpmn.TASK_FIRMAR_PLAN);
    String observaciones = TextoLargo.de(4000, "firma");

    assertThatThrownBy(
            () -> enviar(edicion, EjercicioBpmn.TASK_FIRMAR_PLAN, "pleno", FormularioFirmarPlanAccion.firma(true, observaciones + "x")))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .rootCause()
        .hasMessage("«Observaciones» admite hasta 4000 caracteres; el texto enviado tiene 4001.");
    assertThat(planes.deEjercicio(ejercicio.getId()).getFirmado()).isNull();

    enviar(edicion, EjercicioBpmn.TASK_FIRMAR_PLAN, "pleno", FormularioFirmarPlanAccion.firma(true, observaciones));
    assertThat(planes.deEjercicio(ejercicio.getId()).getFirmadoPor()).isEqualTo("pleno");
    assertThat(auditoria.historial(ejercicio.getFolio()))
        .filteredOn(r -> PlanAccionService.FIRMADO.equals(r.getDecision()))
        .singleElement()
        .extracting(RegistroDecision::getMotivo)
        .isEqualTo(observaciones);
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private ProcessInstance iniciar() {
    return escenarios.aprobacion(compromiso);
  }

  private Task tarea(ProcessInstance pi, String actividad) {
    return motor.tarea(pi.getId(), actividad);
  }

  /** Claims the task as the user and submits its form as Tasklist does. */
  private void enviar(ProcessInstance pi, String actividad, String usuario, Record formulario) {
    motor.completar(pi.getId(), actividad, usuario, Formularios.variables(formulario));
  }

  private Compromiso recargar() {
    return compromisos.findById(compromiso.getId()).orElseThrow();
  }

  private RegistroDecision ultima() {
    List<RegistroDecision> historial = auditoria.historial(compromiso.getFolio());
    return historial.get(historial.size() - 1);
  }
}
