package mx.infoqro.gobiernoabierto.registro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registration rules without Spring. */
class ReglasRegistroTest {

  private static final List<String> EJES = List.of("anticorrupcion", "igualdad-genero");
  private static final List<Long> SUJETOS = List.of(7L);

  private static DatosRegistro valido() {
    return new DatosRegistro(
        "Ana Martínez", "ana@ejemplo.mx", "+52 (442) 123-4567", Sector.ACADEMIA, "Universidad", null, "Tolimán",
        List.of("anticorrupcion"), "PREFIERO_NO_DECIR", true);
  }

  private static List<String> campos(DatosRegistro d) {
    return ReglasRegistro.validar(d, EJES, SUJETOS).stream().map(ReglasRegistro.Error::campo).toList();
  }

  @Test
  void aCompleteRegistrationBreaksNoRule() {
    assertThat(campos(valido())).isEmpty();
  }

  @Test
  void everyEmptyRequiredFieldIsReported() {
    DatosRegistro vacio = new DatosRegistro(null, null, null, null, null, null, null, List.of(), null, false);

    assertThat(campos(vacio)).containsExactly("nombre", "correo", "sector", "municipio", "ejes", "consentimiento");
  }

  @Test
  void formatsOfEmailAndPhoneAreChecked() {
    var d = valido();
    for (String correo : List.of("ana", "ana@", "ana@ejemplo", "ana ejemplo@mx.com", "a@b@c.mx")) {
      assertThat(campos(new DatosRegistro(d.nombre(), correo, null, d.sector(), d.organizacion(), null, d.municipio(), d.ejes(), null, true)))
          .as(correo)
          .containsExactly("correo");
    }
    for (String telefono : List.of("123", "442-ABC-4567", "1234567890123456")) {
      assertThat(campos(new DatosRegistro(d.nombre(), d.correo(), telefono, d.sector(), d.organizacion(), null, d.municipio(), d.ejes(), null, true)))
          .as(telefono)
          .containsExactly("telefono");
    }
  }

  @Test
  void organisationsAcademiaAndCompaniesNameTheirOrganisationCitizensDoNot() {
    for (Sector sector : Sector.values()) {
      DatosRegistro d =
          new DatosRegistro("Ana", "ana@ejemplo.mx", null, sector, null, sector == Sector.GOBIERNO ? 7L : null, "Querétaro", List.of("anticorrupcion"), null, true);
      assertThat(campos(d)).as(sector.name()).isEqualTo(ReglasRegistro.requiereOrganizacion(sector) ? List.of("organizacion") : List.of());
    }
  }

  @Test
  void aLiaisonChoosesARegisteredAgency() {
    DatosRegistro d = new DatosRegistro("Luis", "luis@ejemplo.mx", null, Sector.GOBIERNO, null, 8L, "Querétaro", List.of("anticorrupcion"), null, true);

    assertThat(campos(d)).containsExactly("sujetoObligadoId");
  }

  @Test
  void listsAreClosedMunicipalityAxesAndGender() {
    var d = valido();
    assertThat(campos(new DatosRegistro(d.nombre(), d.correo(), null, d.sector(), d.organizacion(), null, "Guadalajara", List.of("salud"), "X", true)))
        .containsExactly("municipio", "ejes", "genero");
    assertThat(ReglasRegistro.MUNICIPIOS).hasSize(19).contains("Otro estado");
  }

  @Test
  void emailsAreComparedTrimmedAndInLowerCase() {
    assertThat(ReglasRegistro.normalizarCorreo("  Ana.Martinez@Ejemplo.MX ")).isEqualTo("ana.martinez@ejemplo.mx");
  }

  @Test
  void comisionValidatesOrRejectsALiaisonAndARejectionNeedsAReasonOfAtMost2000Characters() {
    assertThat(ReglasRegistro.revisarValidacion(RegistroParticipanteBpmn.VALIDADO, null)).isNull();
    assertThat(ReglasRegistro.revisarValidacion(RegistroParticipanteBpmn.RECHAZADO, "No es enlace de la dependencia."))
        .isNull();
    assertThat(ReglasRegistro.revisarValidacion(null, null)).isEqualTo("registro.validacion.error.decision");
    assertThat(ReglasRegistro.revisarValidacion(RegistroParticipanteBpmn.RECHAZADO, null))
        .isEqualTo("registro.validacion.error.motivo");
    assertThat(ReglasRegistro.revisarValidacion(RegistroParticipanteBpmn.RECHAZADO, "ñ".repeat(2001)))
        .isEqualTo("registro.validacion.error.motivo-largo");
    assertThat(ReglasRegistro.revisarValidacion(RegistroParticipanteBpmn.RECHAZADO, "ñ".repeat(2000))).isNull();
  }
}
