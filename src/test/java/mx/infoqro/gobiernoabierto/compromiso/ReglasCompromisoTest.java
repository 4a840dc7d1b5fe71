package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

import org.junit.jupiter.api.Test;

/** The rules of a commitment from its draft to its approval, pure. */
class ReglasCompromisoTest {

  private static final LocalDate INICIO = LocalDate.of(2027, 1, 15);
  private static final LocalDate FIN = LocalDate.of(2027, 12, 15);
  private static final Predicate<Long> SOLO_EL_7 = id -> id == 7L;
  private static final BorradorHito HITO = new BorradorHito("Línea base publicada", "Informe", INICIO, INICIO.plusMonths(3));

  private static Borrador borrador(
      Set<ValorGobiernoAbierto> valores, Long sujeto, LocalDate inicio, LocalDate fin, List<BorradorHito> hitos) {
    return new Borrador(
        "Monitoreo del agua", "Problema", null, "Descripción", null, valores, sujeto, null, null, inicio, fin, hitos);
  }

  private static Borrador valido(List<BorradorHito> hitos) {
    return borrador(EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), 7L, INICIO, FIN, hitos);
  }

  @Test
  void aCompleteDraftIsValid() {
    assertThatCode(() -> ReglasCompromiso.validarBorradores(List.of(valido(List.of(HITO))), SOLO_EL_7))
        .doesNotThrowAnyException();
  }

  @Test
  void aTableWritesAtLeastOneDraft() {
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(List.of(), SOLO_EL_7))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("Agregue al menos un compromiso.");
  }

  @Test
  void aDraftWithoutMilestoneIsRejected() {
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(List.of(valido(List.of(HITO)), valido(List.of())), SOLO_EL_7))
        .hasMessage("Compromiso 2: agregue al menos un hito con su fecha.");
  }

  @Test
  void theResponsibleAgencyMustExistAndBeActive() {
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(borrador(EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), null, INICIO, FIN, List.of(HITO))), SOLO_EL_7))
        .hasMessage("Compromiso 1: elija el sujeto obligado responsable.");
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(borrador(EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), 8L, INICIO, FIN, List.of(HITO))), SOLO_EL_7))
        .hasMessage("Compromiso 1: el sujeto obligado responsable no existe o no está activo.");
  }

  @Test
  void theEndIsNotBeforeTheStart() {
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(borrador(EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), 7L, FIN, INICIO, List.of(HITO))), SOLO_EL_7))
        .hasMessage("Compromiso 1: la fecha de fin (15/01/2027) es anterior a la de inicio (15/12/2027).");
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(borrador(EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), 7L, INICIO, null, List.of(HITO))), SOLO_EL_7))
        .hasMessage("Compromiso 1: la fecha de fin es obligatoria.");
  }

  @Test
  void milestonesFallWithinTheCommitmentDates() {
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(valido(List.of(HITO, new BorradorHito("Cierre", null, INICIO, FIN.plusDays(1))))), SOLO_EL_7))
        .hasMessage("Compromiso 1, hito 2: sus fechas deben quedar entre el inicio (15/01/2027) y el fin (15/12/2027) del compromiso.");
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(valido(List.of(new BorradorHito("Arranque", null, INICIO.minusDays(1), INICIO.plusDays(10))))), SOLO_EL_7))
        .hasMessageContaining("hito 1: sus fechas deben quedar entre");
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(valido(List.of(new BorradorHito("Al revés", null, INICIO.plusDays(10), INICIO.plusDays(5))))), SOLO_EL_7))
        .hasMessage("Compromiso 1, hito 1: la fecha de fin es anterior a la de inicio.");
    // A milestone may have only its end date
    assertThatCode(() -> ReglasCompromiso.validarBorradores(
            List.of(valido(List.of(new BorradorHito("Entrega", null, null, FIN)))), SOLO_EL_7))
        .doesNotThrowAnyException();
  }

  @Test
  void aMilestoneNeedsADescriptionAndAnEndDate() {
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(valido(List.of(new BorradorHito(" ", null, INICIO, FIN)))), SOLO_EL_7))
        .hasMessage("Compromiso 1, hito 1: la descripción es obligatoria.");
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(valido(List.of(new BorradorHito("Entrega", null, INICIO, null)))), SOLO_EL_7))
        .hasMessage("Compromiso 1, hito 1: la fecha de fin es obligatoria.");
  }

  @Test
  void aDraftIsRelevantToAtLeastOneOpenGovernmentValue() {
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(
            List.of(borrador(EnumSet.noneOf(ValorGobiernoAbierto.class), 7L, INICIO, FIN, List.of(HITO))), SOLO_EL_7))
        .hasMessageContaining("elija al menos un valor de gobierno abierto");
  }

  @Test
  void templateFieldsAreRequiredAndBounded() {
    Borrador sinTitulo =
        new Borrador(" ", "Problema", null, "Descripción", null, EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), 7L,
            null, null, INICIO, FIN, List.of(HITO));
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(List.of(sinTitulo), SOLO_EL_7))
        .hasMessage("Compromiso 1: el título es obligatorio.");
    Borrador largo =
        new Borrador("x".repeat(301), "Problema", null, "Descripción", null, EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA),
            7L, null, null, INICIO, FIN, List.of(HITO));
    assertThatThrownBy(() -> ReglasCompromiso.validarBorradores(List.of(largo), SOLO_EL_7))
        .hasMessage("Compromiso 1: el título admite como máximo 300 caracteres.");
  }

  @Test
  void theFolioNumbersCommitmentsWithinTheEdition() {
    assertThat(Compromiso.folioDe("EGA-2027", 7)).isEqualTo("EGA-2027-C-007");
  }

  // --- Decisions on a draft ---------------------------------------------------------------------

  @Test
  void aDecisionIsRequiredAndMustBeOneOfTheStepsOptions() {
    assertThatThrownBy(() -> ReglasCompromiso.validarDecision(null, null, APROBAR, DEVOLVER))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("Elija una decisión.");
    assertThatThrownBy(() -> ReglasCompromiso.validarDecision(ACEPTAR, null, APROBAR, DEVOLVER))
        .hasMessageContaining("«ACEPTAR» no es válida");
    assertThatCode(() -> ReglasCompromiso.validarDecision(ACEPTAR, null, ACEPTAR, DEVOLVER))
        .doesNotThrowAnyException();
  }

  @Test
  void returningNeedsObservationsOfAtMost4000Characters() {
    assertThatThrownBy(() -> ReglasCompromiso.validarDecision(DEVOLVER, " ", APROBAR, DEVOLVER))
        .hasMessageContaining("escriba las observaciones");
    assertThatThrownBy(() -> ReglasCompromiso.validarDecision(DEVOLVER, "x".repeat(4001), APROBAR, DEVOLVER))
        .hasMessageContaining("como máximo 4000");
    assertThatCode(() -> ReglasCompromiso.validarDecision(DEVOLVER, "Precise el hito.", APROBAR, DEVOLVER))
        .doesNotThrowAnyException();
  }

  @Test
  void theStlApprovesOnlyAVerifiableAndRelevantCommitment() {
    assertThatCode(() -> ReglasCompromiso.validarRevisionStl(new RevisionStl(APROBAR, false, true, true, false, false, null)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ReglasCompromiso.validarRevisionStl(new RevisionStl(APROBAR, true, false, true, true, true, null)))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("verificable y relevante");
    assertThatThrownBy(() -> ReglasCompromiso.validarRevisionStl(new RevisionStl(APROBAR, true, true, false, true, true, null)))
        .hasMessageContaining("verificable y relevante");
    // returning does not need the criteria, only observations
    assertThatCode(() -> ReglasCompromiso.validarRevisionStl(new RevisionStl(DEVOLVER, false, false, false, false, false, "Precise.")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ReglasCompromiso.validarRevisionStl(new RevisionStl(ACEPTAR, true, true, true, true, true, null)))
        .hasMessageContaining("«ACEPTAR» no es válida");
  }

  @Test
  void theReviewsReasonNamesTheCriteriaNotChecked() {
    assertThat(ReglasCompromiso.motivoStl(new RevisionStl(APROBAR, true, true, true, true, true, null)))
        .isEqualTo("El STL marcó como cumplidos todos los criterios del compromiso.");
    assertThat(ReglasCompromiso.motivoStl(new RevisionStl(DEVOLVER, false, true, true, false, false, "Precise.")))
        .isEqualTo(
            "Precise.\nCriterios que el STL no marcó como cumplidos: específico, hitos con fechas, sujeto obligado responsable.");
  }

  @Test
  void theRoundsRunOutAtTheMaximumAndTheReasonIsPublic() {
    assertThat(ReglasCompromiso.rondasAgotadas(2, 3)).isFalse();
    assertThat(ReglasCompromiso.rondasAgotadas(3, 3)).isTrue();
    assertThat(ReglasCompromiso.motivoNoAprobado(3, "Pleno de la Comisión", "Sin hitos."))
        .isEqualTo("El compromiso no fue aprobado tras 3 rondas de revisión. Últimas observaciones (Pleno de la Comisión): Sin hitos.");
  }
}
