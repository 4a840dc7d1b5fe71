package mx.infoqro.gobiernoabierto.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado.TipoSujeto;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.junit.jupiter.api.Test;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Identidad;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The demo's past edition, played through the engine as the demo does, gives the public side real
 * content: a published plan of at least six commitments on three axes and three agencies, verified
 * reports with evidence, one commitment completed and evaluated, late ones, the final report still
 * pending; and comision's next verification in Tasklist mails the participant who follows.
 * The demo's editions are imported: outside the demo profile they are no beans.
 */
@Import(EdicionesDemoPrueba.class)
class EdicionPasadaDemoTest extends PruebaIntegracion {

  @Autowired EdicionPasadaDemo edicionPasada;
  @Autowired SujetoObligadoService sujetos;
  @Autowired PlanesPublicados planes;
  @Autowired CompromisosPublicados compromisosPublicados;
  @Autowired NotificacionRepository notificaciones;
  @Autowired WebApplicationContext contexto;
  @Autowired JdbcTemplate jdbc;
  @Autowired Identidad identidad;

  @Test
  void thePastEditionReachesAPublishedPlanWithVerifiedReportsAnEvaluationLateCommitmentsAndAFollower() throws Exception {
    sujetos.registrar("salud", "Secretaría de Salud del Estado", "SESA", TipoSujeto.ESTATAL, "enlace.salud@example.mx");
    sujetos.registrar("movilidad", "Agencia de Movilidad del Estado", "AMEQ", TipoSujeto.ESTATAL, "enlace.movilidad@example.mx");
    sujetos.registrar("sustentable", "Secretaría de Desarrollo Sustentable", "SEDESU", TipoSujeto.ESTATAL, "enlace.sedesu@example.mx");
    sujetos.registrar("municipio-qro", "Municipio de Querétaro", "MQ", TipoSujeto.MUNICIPAL, "enlace.municipio@example.mx");
    // the liaisons who ask for changes, as DemoData creates them
    identidad.asegurarUsuario("enlace-salud", "Elena", "Enlace Salud", "enlace.salud@example.mx", "demo", "so-salud");
    identidad.asegurarUsuario("enlace-movilidad", "Mario", "Enlace Movilidad", "enlace.movilidad@example.mx", "demo", "so-movilidad");

    Ejercicio e = edicionPasada.jugar(escenarios.nuevoAnio());

    List<FilaCompromiso> plan = compromisosPublicados.compromisos().stream().filter(c -> c.edicion().equals(e.getFolio())).toList();
    assertThat(plan).hasSizeGreaterThanOrEqualTo(6);
    assertThat(plan.stream().map(FilaCompromiso::ejeClave).distinct()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(plan.stream().map(FilaCompromiso::sujetoClave).distinct()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(plan).filteredOn(FilaCompromiso::evaluado).singleElement()
        .satisfies(c -> assertThat(c.nivel()).isEqualTo(Cumplimiento.COMPLETO));
    assertThat(plan).filteredOn(FilaCompromiso::conRetraso).isNotEmpty();
    assertThat(planes.pdf(e.getFolio())).isPresent();
    Integer publicados =
        jdbc.queryForObject(
            "select count(*) from reporte_avance r join compromiso c on c.id = r.compromiso_id where c.ejercicio_id = ? and r.estado = 'PUBLICADO'",
            Integer.class, e.getId());
    assertThat(publicados).isGreaterThanOrEqualTo(20);
    assertThat(jdbc.queryForObject("select count(*) from estadistica_registro where ejercicio_id = ?", Integer.class, e.getId())).isPositive();
    assertThat(jdbc.queryForObject("select informe_final_publicado from ejercicio where id = ?", Object.class, e.getId())).isNull();

    MockMvc mvc = MockMvcBuilders.webAppContextSetup(contexto).build();
    assertThat(mvc.perform(get(URI.create("/compromisos?edicion=" + e.getFolio()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Con retraso").contains("según la evaluación final").contains("Tiempos de espera abiertos en las clínicas");
    assertThat(mvc.perform(get("/informe-final/" + e.getFolio())).andReturn().getResponse().getStatus()).isEqualTo(404);
    // the forum met twice during the plan, last five months and ten days ago: at risk, and the
    // cadence watch's warning waits for comision
    var avisos = taskService.createTaskQuery()
        .processDefinitionKey(mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn.KEY).processInstanceBusinessKey(e.getFolio())
        .taskDefinitionKey(mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn.TASK_ATENDER_AVISO_ESTANDAR).list();
    assertThat(avisos).extracting(t -> taskService.getVariable(t.getId(), "estandar")).as("the forum's warning only: the plan year had its two meetings").containsExactly("foro");
    assertThat(mvc.perform(get("/estandares/" + e.getFolio())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("En riesgo");

    // comision verifies the medicines commitment's last report in Tasklist: its follower is mailed
    FilaCompromiso abasto = plan.stream().filter(c -> c.titulo().startsWith("Abasto de medicamentos")).findFirst().orElseThrow();
    // ...whose second milestone an approved change postponed: version 2, the plan's PDF in two versions, Ana told
    assertThat(jdbc.queryForObject("select version from compromiso where folio = ?", Integer.class, abasto.folio())).isEqualTo(2);
    assertThat(jdbc.queryForList("select d.version from documento_plan d join plan_accion p on p.id = d.plan_accion_id"
        + " where p.ejercicio_id = ? order by d.version", Integer.class, e.getId())).containsExactly(1, 2);
    assertThat(notificaciones.findByFolioAndTipo(abasto.folio(), "SEGUIMIENTO_CAMBIO")).singleElement()
        .satisfies(n -> assertThat(n.getDestinatarioCorreo()).isEqualTo("ana.lopez@example.org"));
    // ...and a change request to the punctuality commitment waits for the STL
    FilaCompromiso puntualidad = plan.stream().filter(c -> c.titulo().startsWith("Datos abiertos de puntualidad")).findFirst().orElseThrow();
    assertThat(taskService.createTaskQuery().processDefinitionKey(CambioCompromisoBpmn.KEY).processInstanceBusinessKey(puntualidad.folio())
        .taskDefinitionKey(CambioCompromisoBpmn.TASK_REVISAR_CAMBIO_STL).taskCandidateGroup(Grupos.STL).count()).isEqualTo(1);
    int antes = notificaciones.findByFolioAndTipo(abasto.folio(), "SEGUIMIENTO_REPORTE").size();
    assertThat(antes).isPositive();
    var pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(SeguimientoBpmn.KEY).processInstanceBusinessKey(abasto.folio()).singleResult();
    motor.completar(pi.getId(), SeguimientoBpmn.TASK_VERIFICAR_REPORTE, "comision",
        Map.of(SeguimientoBpmn.VAR_DECISION_VERIFICACION, SeguimientoBpmn.VERIFICAR));
    motor.ejecutar(pi.getId(), SeguimientoBpmn.TASK_PUBLICAR_REPORTE);
    assertThat(notificaciones.findByFolioAndTipo(abasto.folio(), "SEGUIMIENTO_REPORTE"))
        .hasSize(antes + 1)
        .last()
        .satisfies(n -> assertThat(n.getDestinatarioCorreo()).isEqualTo("ana.lopez@example.org"));
  }
}
