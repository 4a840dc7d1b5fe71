package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.TASK_PUBLICAR_REPORTE;
import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.TASK_REPORTAR_AVANCE;
import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.TASK_VERIFICAR_REPORTE;
import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.TIMER_CICLO_REPORTE;
import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.VAR_REPORTE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import mx.infoqro.gobiernoabierto.Escenarios.CompromisoAprobado;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia.Solicitante;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance.Avance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The follow-up with evidence files, through the engine and a real clamd: the liaison uploads to
 * the open report and sends it; the files are then fixed (no upload, no removal) and not public;
 * returned, the report is the liaison's again and a bad file can go; verified and published, the
 * files left are public with their hash on the commitment's page.
 */
class EvidenciasProcessTest extends PruebaConAntivirus {

  private static final String ENLACE = "enlace.dependencia";

  @Autowired ArchivosEvidencia archivos;
  @Autowired ReportesPublicados publicados;

  @Test
  void filesUploadedToAReportReturnedOnceAreFixedWhenSentAndPublicOnceItIsPublished() throws Exception {
    CompromisoAprobado caso = escenarios.compromisoAprobado();
    Solicitante enlace = new Solicitante(ENLACE, List.of(caso.sujeto().grupo()));
    ProcessInstance pi = escenarios.seguimiento(caso);
    motor.dispararTimer(pi.getId(), TIMER_CICLO_REPORTE);
    Task reportar = motor.tarea(pi.getId(), TASK_REPORTAR_AVANCE);
    Long reporteId = ((Number) taskService.getVariable(reportar.getId(), VAR_REPORTE_ID)).longValue();

    ArchivoEvidencia minuta = archivos.subir(reporteId, "Minuta.pdf", new ByteArrayInputStream(ArchivosPrueba.pdf()), enlace);
    ArchivoEvidencia foto = archivos.subir(reporteId, "Foto.jpg", new ByteArrayInputStream(ArchivosPrueba.jpegConGps()), enlace);
    assertThatThrownBy(() -> archivos.subir(reporteId, "informe.txt", new ByteArrayInputStream(infectado()), enlace))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("El antivirus detectó");
    enviar(reportar, caso);

    assertThat(pi).isWaitingAt(TASK_VERIFICAR_REPORTE);
    assertThatThrownBy(() -> archivos.eliminar(reporteId, foto.getId(), enlace)).isInstanceOf(ValidacionException.class);
    assertThat(archivos.publico(minuta.getId())).as("sent, not verified").isEmpty();
    motor.completarAutenticado(motor.tarea(pi.getId(), TASK_VERIFICAR_REPORTE), "analista", List.of(Grupos.COMISION),
        Formularios.variables(FormularioVerificarReporte.decision("DEVOLVER", "La foto no corresponde al evento.")));

    assertThat(pi).isWaitingAt(TASK_REPORTAR_AVANCE);
    archivos.eliminar(reporteId, foto.getId(), enlace);
    enviar(motor.tarea(pi.getId(), TASK_REPORTAR_AVANCE), caso);
    motor.completarAutenticado(motor.tarea(pi.getId(), TASK_VERIFICAR_REPORTE), "analista", List.of(Grupos.COMISION),
        Formularios.variables(FormularioVerificarReporte.decision("VERIFICAR", null)));
    motor.ejecutar(pi.getId(), TASK_PUBLICAR_REPORTE);

    assertThat(archivos.publico(minuta.getId())).isPresent();
    assertThat(archivos.publico(foto.getId())).isEmpty();
    assertThat(publicados.deCompromiso(caso.compromisoId()).get(0).archivos())
        .extracting(ReportesPublicados.ArchivoPublico::nombre, ReportesPublicados.ArchivoPublico::sha256)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Minuta.pdf", minuta.getSha256()));
  }

  private void enviar(Task reportar, CompromisoAprobado caso) {
    motor.completarAutenticado(reportar, ENLACE, List.of(caso.sujeto().grupo()),
        Formularios.variables(FormularioReportarAvance.reporte(
            List.of(Avance.reportado(EstadoHito.EN_PROCESO, 50), Avance.reportado(EstadoHito.EN_PROCESO, 40)), "Avance con archivos.", List.of())));
  }
}
