package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.*;
import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.TextoLargo;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos.CompromisoRedactado;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A table whose forms are filled to the limit each allows (accents and characters outside the BMP
 * included): sessions, minutes, proposals, reasoned responses and drafts are stored whole, also in
 * the decision log where the step adds to the text, and one character more is refused with the
 * field's Spanish message, changing nothing (issue 10).
 */
class TextosLargosMesaTest extends PruebaIntegracion {

  private static final String FACILITADORA = "facilitadora.textos";

  @Autowired SesionRepository sesiones;
  @Autowired PropuestaRepository propuestas;
  @Autowired CompromisoRepository compromisos;
  @Autowired Auditoria auditoria;

  @Test
  void aTableWhoseFormsAreFilledToTheirLimitsStoresEveryTextWhole() {
    Ejercicio ejercicio = escenarios.ejercicio();
    SujetoObligado sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "recursos-naturales", sujeto);
    ProcessInstance pi = escenarios.cocreacion(mesa);
    OffsetDateTime fecha = OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.MINUTES);

    // Sessions: place and link at 500
    String lugar = TextoLargo.de(500, "lugar");
    String enlace = "https://reuniones.example.org/" + "m".repeat(500 - 30);
    assertThatThrownBy(() -> enviar(pi, TASK_PROGRAMAR_SESIONES, programarSesiones(sesion(fecha, lugar + "x", null))))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .rootCause()
        .hasMessage("«Sesiones programadas 1: Lugar» admite hasta 500 caracteres; el texto enviado tiene 501.");
    assertThat(sesiones.findByMesaIdOrderByNumero(mesa.getId())).isEmpty();
    enviar(pi, TASK_PROGRAMAR_SESIONES, programarSesiones(sesion(fecha, lugar, enlace)));
    Sesion programada = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0);
    assertThat(programada.getLugar()).isEqualTo(lugar);
    assertThat(programada.getEnlace()).isEqualTo(enlace);

    // The session's record: attendance 4,000, minutes 20,000, proposals at their columns
    String lista = TextoLargo.de(4000, "asistencia");
    String acta = TextoLargo.de(20000, "acta");
    List<NuevaPropuesta> presentadas =
        List.of(
            new NuevaPropuesta(TextoLargo.de(300, "autor 1"), TextoLargo.de(4000, "problema 1"), TextoLargo.de(4000, "causa 1"), TextoLargo.de(4000, "propuesta 1")),
            new NuevaPropuesta(TextoLargo.de(300, "autor 2"), TextoLargo.de(4000, "problema 2"), null, TextoLargo.de(4000, "propuesta 2")));
    assertThatThrownBy(() -> enviar(pi, TASK_REGISTRAR_SESION, registro(programada.getId(), lista, acta + "x", presentadas)))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .rootCause()
        .hasMessage("«Acta (minuta) de la sesión» admite hasta 20000 caracteres; el texto enviado tiene 20001.");
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId())).isEmpty();
    enviar(pi, TASK_REGISTRAR_SESION, registro(programada.getId(), lista, acta, presentadas));
    Sesion celebrada = sesiones.findById(programada.getId()).orElseThrow();
    assertThat(celebrada.getActa()).isEqualTo(acta);
    assertThat(celebrada.getListaAsistencia()).isEqualTo(lista);
    List<Propuesta> guardadas = propuestas.findByMesaIdOrderById(mesa.getId());
    assertThat(guardadas).extracting(Propuesta::getProblema, Propuesta::getCausa, Propuesta::getPropuesta, Propuesta::getAutorPublico)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(presentadas.get(0).problema(), presentadas.get(0).causa(), presentadas.get(0).propuesta(), presentadas.get(0).autorPublico()),
            org.assertj.core.groups.Tuple.tuple(presentadas.get(1).problema(), null, presentadas.get(1).propuesta(), presentadas.get(1).autorPublico()));

    // Reasoned responses at 4,000; the merge's reason in the log is longer than that
    Long p1 = guardadas.get(0).getId();
    Long p2 = guardadas.get(1).getId();
    String razon1 = TextoLargo.de(4000, "razón 1");
    String razon2 = TextoLargo.de(4000, "razón 2");
    enviar(pi, TASK_RESPONDER_PROPUESTAS,
        responderPropuestas(respuesta(p1, DecisionRespuesta.INCORPORADA, razon1, null), respuesta(p2, DecisionRespuesta.FUSIONADA, razon2, p1)));
    assertThat(propuestas.findById(p2).orElseThrow().getRespuestaRazon()).isEqualTo(razon2);
    assertThat(auditoria.historial(mesa.getFolio()))
        .filteredOn(r -> p2.equals(r.getEntidadId()) && "FUSIONADA".equals(r.getDecision()))
        .singleElement()
        .extracting(RegistroDecision::getMotivo)
        .isEqualTo("Se fusiona con la propuesta #" + p1 + ". " + razon2);

    // A draft with every template text at its column
    LocalDate inicio = LocalDate.of(ejercicio.getAnio(), 8, 1);
    CompromisoRedactado borrador =
        new CompromisoRedactado(
            TextoLargo.de(300, "título"), TextoLargo.de(4000, "problema"), TextoLargo.de(4000, "statu quo"),
            TextoLargo.de(8000, "descripción"), TextoLargo.de(4000, "cómo resuelve"), EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA),
            sujeto.getId(), TextoLargo.de(2000, "otros actores"), TextoLargo.de(500, "contacto"), inicio, inicio.plusMonths(12),
            List.of(p1),
            List.of(new BorradorHito(TextoLargo.de(1000, "hito"), TextoLargo.de(1000, "producto"), inicio, inicio.plusMonths(12))));
    enviar(pi, TASK_REDACTAR_COMPROMISOS,
        Formularios.variables(FormularioRedactarCompromisos.redactar(List.of(borrador))));
    Compromiso redactado = compromisos.findByMesaIdOrderByNumero(mesa.getId()).get(0);
    assertThat(redactado.getDescripcion()).isEqualTo(borrador.descripcion());
    assertThat(redactado.getOtrosActores()).isEqualTo(borrador.otrosActores());
    assertThat(redactado.getContacto()).isEqualTo(borrador.contacto());
    assertThat(pi.getId()).satisfies(id -> assertThat(runtimeService.createIncidentQuery().processInstanceId(id).count()).isZero());
  }

  private static Map<String, Object> registro(Long sesionId, String lista, String acta, List<NuevaPropuesta> presentadas) {
    return Formularios.variables(
        FormularioRegistrarSesion.ultimaSesion(sesionId, 20, lista, acta, presentadas));
  }

  /** Claims the task as the table's facilitator and submits its form as Tasklist does. */
  private void enviar(ProcessInstance pi, String actividad, Map<String, Object> campos) {
    motor.completar(pi.getId(), actividad, FACILITADORA, campos);
  }
}
