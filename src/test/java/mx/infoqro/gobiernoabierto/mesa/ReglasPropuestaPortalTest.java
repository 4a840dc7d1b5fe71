package mx.infoqro.gobiernoabierto.mesa;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.RespuestasPropuestas.Respuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.Test;

/** The rules of a proposal submitted on the portal and of its single reasoned response. */
class ReglasPropuestaPortalTest {

  private static final String LARGO = "a".repeat(4001);

  @Test
  void aPortalProposalNeedsProblemAndProposalWithinTheColumns() {
    assertThatCode(() -> ReglasMesa.validarPropuestaPortal(new NuevaPropuesta(null, "P", null, "S"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReglasMesa.validarPropuestaPortal(new NuevaPropuesta(null, " ", null, "S")))
        .isInstanceOf(ValidacionException.class).hasMessage("Describa el problema público.");
    assertThatThrownBy(() -> ReglasMesa.validarPropuestaPortal(new NuevaPropuesta(null, "P", null, null)))
        .hasMessage("Escriba su propuesta de solución.");
    assertThatThrownBy(() -> ReglasMesa.validarPropuestaPortal(new NuevaPropuesta(null, LARGO, null, "S")))
        .hasMessageContaining("El problema admite como máximo 4000");
    assertThatThrownBy(() -> ReglasMesa.validarPropuestaPortal(new NuevaPropuesta(null, "P", LARGO, "S")))
        .hasMessageContaining("La causa admite como máximo 4000");
    assertThatThrownBy(() -> ReglasMesa.validarPropuestaPortal(new NuevaPropuesta(null, "P", null, LARGO)))
        .hasMessageContaining("La propuesta admite como máximo 4000");
  }

  @Test
  void aSingleResponseNeedsDecisionReasonAndAValidMergeTarget() {
    Map<Long, DecisionRespuesta> mesa = new HashMap<>();
    mesa.put(1L, null);
    mesa.put(2L, DecisionRespuesta.INCORPORADA);
    mesa.put(3L, DecisionRespuesta.FUSIONADA);

    assertThatCode(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, DecisionRespuesta.FUSIONADA, "Igual.", 2L)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(9L, DecisionRespuesta.INCORPORADA, "R", null)))
        .hasMessageContaining("no corresponde a una propuesta de esta mesa");
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, null, "R", null)))
        .hasMessageContaining("Elija la respuesta");
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, DecisionRespuesta.NO_INCORPORADA, " ", null)))
        .hasMessageContaining("Escriba la razón");
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, DecisionRespuesta.NO_INCORPORADA, LARGO, null)))
        .hasMessageContaining("La razón admite como máximo 4000");
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, DecisionRespuesta.FUSIONADA, "R", null)))
        .hasMessageContaining("Indique con qué propuesta se fusiona");
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, DecisionRespuesta.FUSIONADA, "R", 1L)))
        .hasMessageContaining("consigo misma");
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, DecisionRespuesta.FUSIONADA, "R", 7L)))
        .hasMessageContaining("no es de esta mesa");
    assertThatThrownBy(() -> ReglasMesa.validarRespuesta(mesa, new Respuesta(1L, DecisionRespuesta.FUSIONADA, "R", 3L)))
        .hasMessageContaining("a su vez está fusionada");
  }
}
