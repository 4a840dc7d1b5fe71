package mx.infoqro.gobiernoabierto.compromiso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table processes/cambio-compromiso-pleno.dmn, evaluated by the DMN engine alone. */
class CambioCompromisoPlenoDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void cargar() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var entrada = new FileInputStream("processes/cambio-compromiso-pleno.dmn")) {
      decision = dmn.parseDecision(CambiosCompromiso.DECISION_PLENO, entrada);
    }
  }

  @ParameterizedTest(name = "alcance={0}, responsable={1} -> pleno={2}")
  @CsvSource({"false, false, false", "true, false, true", "false, true, true", "true, true, true"})
  void aChangeOfScopeOrOfResponsibleAgencyGoesToThePleno(boolean alcance, boolean responsable, boolean pleno) {
    assertThat(dmn.evaluateDecision(decision, Map.of("alcance", alcance, "responsable", responsable))
            .getSingleResult().<Boolean>getEntry("pleno"))
        .isEqualTo(pleno);
  }
}
