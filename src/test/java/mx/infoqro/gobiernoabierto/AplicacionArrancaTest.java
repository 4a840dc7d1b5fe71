package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.assertThat;

import mx.infoqro.gobiernoabierto.ejercicio.EjeTematicoRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AplicacionArrancaTest extends PruebaIntegracion {

  @Autowired EjeTematicoRepository ejes;

  @Test
  void theSixAxesAreSeededAndTheStaffFiltersExist() {
    assertThat(ejes.findByActivoTrueOrderByOrden()).hasSize(6);
    assertThat(processEngine.getFilterService().createFilterQuery().filterName("Tareas de mis grupos").count())
        .isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId("pleno").count()).isEqualTo(1);
  }
}
