package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.AvisosCadencia.Nivel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvisosCadenciaTest {

  private static final LocalDate FIRMA = LocalDate.of(2026, 1, 15);
  private final AvisosCadencia avisos = new AvisosCadencia(new PropiedadesEstandares(5, 6, 14, 2, 30));

  @Test
  void theForumWarnsComisionAfterFiveMonthsAndPlenoAfterSix() {
    LocalDate sesion = FIRMA.plusMonths(1);
    assertThat(avisos.cadencia(sesion, sesion.plusMonths(5))).isEqualTo(NINGUNO);
    assertThat(avisos.cadencia(sesion, sesion.plusMonths(5).plusDays(1))).isEqualTo(COMISION);
    assertThat(avisos.cadencia(sesion, sesion.plusMonths(6))).isEqualTo(COMISION);
    assertThat(avisos.cadencia(sesion, sesion.plusMonths(6).plusDays(1))).isEqualTo(PLENO);
  }

  @Test
  void theWatchAgreesWithThePageFromTheDayThePlanIsSigned() {
    // the forum installed five and a half months before the signature is at risk on the page: warned that day
    LocalDate instalacion = FIRMA.minusMonths(5).minusDays(15);
    assertThat(ReglasEstandares.cadencia(instalacion, FIRMA, 5, 6)).isEqualTo(ReglasEstandares.EstadoEstandar.EN_RIESGO);
    assertThat(avisos.cadencia(instalacion, FIRMA)).isEqualTo(COMISION);
    assertThat(avisos.cadencia(null, FIRMA)).isEqualTo(PLENO);
  }

  @Test
  void theWatchLooksAgainTheDayTheWarningWouldChange() {
    assertThat(avisos.proximaRevision(FIRMA, FIRMA)).isEqualTo(FIRMA.plusMonths(5).plusDays(1));
    assertThat(avisos.proximaRevision(FIRMA, FIRMA.plusMonths(5).plusDays(1))).isEqualTo(FIRMA.plusMonths(6).plusDays(1));
    assertThat(avisos.proximaRevision(FIRMA, FIRMA.plusMonths(6).plusDays(1))).isNull();
    assertThat(avisos.proximaRevision(null, FIRMA)).isNull();
    // a session held moves the next look forward
    LocalDate sesion = FIRMA.plusMonths(5).plusDays(3);
    assertThat(avisos.proximaRevision(sesion, sesion)).isEqualTo(sesion.plusMonths(5).plusDays(1));
  }

  @Test
  void aPlanYearPastItsHalfWithFewerThanTwoMeetingsWarnsComision() {
    LocalDate fin = FIRMA.plusYears(2).minusDays(1);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(), FIRMA.plusMonths(5))).isEqualTo(NINGUNO);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(FIRMA.plusMonths(1)), FIRMA.plusMonths(7))).isEqualTo(COMISION);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(FIRMA.plusMonths(1), FIRMA.plusMonths(2)), FIRMA.plusMonths(7)))
        .isEqualTo(NINGUNO);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(FIRMA.plusMonths(1)), FIRMA.plusMonths(13))).isEqualTo(PLENO);
  }

  @Test
  void aLevelOpensATaskAboveWhatWasAcknowledgedAndIsMailedOnce() {
    AvisosCadencia.Decision riesgo = AvisosCadencia.decidir(COMISION, NINGUNO, NINGUNO);
    assertThat(riesgo.tarea()).isTrue();
    assertThat(riesgo.correo()).isTrue();
    assertThat(riesgo.avisado()).isEqualTo(COMISION);
    // the open warning interrupted by its timer at the same level: the task again, no second mail
    AvisosCadencia.Decision otraVez = AvisosCadencia.decidir(COMISION, NINGUNO, COMISION);
    assertThat(otraVez.tarea()).isTrue();
    assertThat(otraVez.correo()).isFalse();
    // acknowledged: nothing until it worsens
    assertThat(AvisosCadencia.decidir(COMISION, COMISION, COMISION).tarea()).isFalse();
    AvisosCadencia.Decision escalado = AvisosCadencia.decidir(PLENO, COMISION, COMISION);
    assertThat(escalado.tarea()).isTrue();
    assertThat(escalado.correo()).isTrue();
    // cured: both levels fall, so a new fall warns again
    AvisosCadencia.Decision curado = AvisosCadencia.decidir(NINGUNO, PLENO, PLENO);
    assertThat(curado.tarea()).isFalse();
    assertThat(curado.reconocido()).isEqualTo(NINGUNO);
    assertThat(curado.avisado()).isEqualTo(NINGUNO);
  }

  @Test
  void implementationMeetingsAreLookedAtAfterEachYearsHalfAndAtItsEnd() {
    LocalDate inicio = LocalDate.of(2027, 1, 1);
    LocalDate fin = LocalDate.of(2028, 12, 31);
    assertThat(avisos.proximaRevisionImplementacion(inicio, fin, inicio.minusDays(10))).isEqualTo(inicio);
    LocalDate despuesMitad = inicio.plusDays(365 / 2 + 1);
    assertThat(avisos.proximaRevisionImplementacion(inicio, fin, inicio)).isEqualTo(despuesMitad);
    assertThat(avisos.reunionesImplementacion(inicio, fin, List.of(), despuesMitad.minusDays(1))).isEqualTo(NINGUNO);
    assertThat(avisos.reunionesImplementacion(inicio, fin, List.of(), despuesMitad)).isEqualTo(COMISION);
    assertThat(avisos.proximaRevisionImplementacion(inicio, fin, despuesMitad)).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(avisos.proximaRevisionImplementacion(inicio, fin, fin.plusDays(1))).isNull();
    assertThat(avisos.proximaRevisionImplementacion(null, fin, inicio)).isNull();
  }
}
