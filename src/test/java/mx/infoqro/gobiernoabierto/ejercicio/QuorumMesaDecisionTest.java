package mx.infoqro.gobiernoabierto.ejercicio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table processes/quorum-mesa.dmn, evaluated by the DMN engine alone. */
class QuorumMesaDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void cargar() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var entrada = new FileInputStream("processes/quorum-mesa.dmn")) {
      decision = dmn.parseDecision(EjercicioBpmn.DECISION_QUORUM, entrada);
    }
  }

  @ParameterizedTest(name = "gobierno={0}, sociedad civil={1} -> instalar={2}")
  @CsvSource({
    "0, 10, false, dependencia",
    "1, 2, false, menos de 3",
    "2, 0, false, menos de 3",
    "1, 3, true, ",
    "4, 25, true, "
  })
  void anAxisNeedsOneAgencyAndThreeCivilSocietyParticipants(long gobierno, long sociedadCivil, boolean instalar, String motivo) {
    DmnDecisionResultEntries resultado =
        dmn.evaluateDecision(decision, Map.of("gobierno", gobierno, "sociedadCivil", sociedadCivil)).getSingleResult();
    assertThat(resultado.<Boolean>getEntry("instalar")).isEqualTo(instalar);
    if (motivo != null) {
      assertThat(resultado.<String>getEntry("motivo")).contains(motivo);
    }
  }
}
