package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The rules of the approval of a commitment, without Spring: repositories, log and outbox are mocks. */
class AprobacionCompromisoServiceTest {

  private static final LocalDate INICIO = LocalDate.of(2100, 8, 1);
  private static final LocalDate FIN = LocalDate.of(2101, 7, 31);

  private final CompromisoRepository compromisos = mock(CompromisoRepository.class);
  private final EvaluacionRepository evaluaciones = mock(EvaluacionRepository.class);
  private final SujetoObligadoService sujetos = mock(SujetoObligadoService.class);
  private final Auditoria auditoria = mock(Auditoria.class);
  private final Notificador notificador = mock(Notificador.class);

  private SujetoObligado sujeto;
  private Compromiso compromiso;
  private AprobacionCompromisoService servicio;
  private ObservacionesCompromiso observaciones;

  @BeforeEach
  void preparar() {
    servicio = servicio(3);
    Ejercicio ejercicio = new Ejercicio(2100);
    ejercicio.setId(7L);
    EjeTematico eje = new EjeTematico();
    eje.setNombre("Combate a la corrupción");
    sujeto = new SujetoObligado("salud", "Secretaría de Salud", "SESA", SujetoObligado.TipoSujeto.ESTATAL);
    sujeto.setId(3L);
    compromiso = new Compromiso();
    compromiso.setId(11L);
    compromiso.setEjercicio(ejercicio);
    compromiso.setEje(eje);
    compromiso.setFolio("EGA-2100-C-001");
    compromiso.setTitulo("Datos abiertos de salud");
    compromiso.setProblema("Problema");
    compromiso.setDescripcion("Descripción");
    compromiso.setSujetoResponsable(sujeto);
    compromiso.agregarHito(new Hito("Primer hito", "Informe", INICIO, INICIO.plusMonths(4)));
    compromiso.agregarHito(new Hito("Segundo hito", null, null, FIN));
    when(compromisos.findById(11L)).thenReturn(Optional.of(compromiso));
    when(evaluaciones.findByCompromisoId(11L)).thenReturn(Optional.empty());
    when(evaluaciones.save(any())).thenAnswer(i -> i.getArgument(0));
    when(auditoria.usuarioActual()).thenReturn(Auditoria.SISTEMA);
  }

  private AprobacionCompromisoService servicio(int rondasMaximas) {
    GobiernoAbiertoProperties propiedades =
        new GobiernoAbiertoProperties(ZoneId.of("America/Mexico_City"), 3, 10, 10, 7, rondasMaximas, 3, 15, 10, 10, 7, List.of());
    ExpedienteCompromiso expediente = new ExpedienteCompromiso(compromisos, auditoria, propiedades);
    observaciones = new ObservacionesCompromiso(expediente, sujetos);
    return new AprobacionCompromisoService(
        expediente, new Evaluaciones(evaluaciones), auditoria, notificador, propiedades, new Plazos(propiedades));
  }

  private static RevisionStl revision(String decision, boolean verificable, boolean relevante, String observaciones) {
    return new RevisionStl(decision, true, verificable, relevante, true, true, observaciones);
  }

  private static Borrador borrador(Long sujetoId, List<BorradorHito> hitos) {
    return new Borrador(
        "Título", "Problema", null, "Descripción", null, EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), sujetoId,
        null, null, INICIO, FIN, hitos);
  }

  // --- Decisions --------------------------------------------------------------------------------

  @Test
  void stlApprovalWithoutVerifiableOrRelevantIsRefusedBeforeTouchingAnything() {
    compromiso.setEstado(EstadoCompromiso.EN_REVISION_STL);

    assertThatThrownBy(() -> servicio.revisarStl(11L, revision(APROBAR, false, true, null), "ana"))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("verificable y relevante");
    assertThatThrownBy(() -> servicio.revisarStl(11L, revision(APROBAR, true, false, null), "ana"))
        .isInstanceOf(ValidacionException.class);

    verifyNoInteractions(compromisos, evaluaciones, auditoria, notificador);
    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.EN_REVISION_STL);
  }

  @Test
  void stlApprovalStoresTheEvaluationAndSendsTheCommitmentToTheAgency() {
    compromiso.setEstado(EstadoCompromiso.EN_REVISION_STL);

    servicio.revisarStl(11L, revision(APROBAR, true, true, null), "ana");

    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.EN_ACEPTACION);
    ArgumentCaptor<Evaluacion> evaluacion = ArgumentCaptor.forClass(Evaluacion.class);
    verify(evaluaciones).save(evaluacion.capture());
    assertThat(evaluacion.getValue().getVerificable()).isTrue();
    assertThat(evaluacion.getValue().getRelevante()).isTrue();
    assertThat(evaluacion.getValue().getCompromiso()).isSameAs(compromiso);
    verify(auditoria)
        .registrar(
            "EGA-2100-C-001", ENTIDAD, 11L, APROBADO_STL, "ana",
            "El STL marcó como cumplidos todos los criterios del compromiso.");
  }

  @Test
  void stlReturnKeepsTheObservationsAndLogsTheUncheckedCriteria() {
    compromiso.setEstado(EstadoCompromiso.EN_REVISION_STL);

    servicio.revisarStl(11L, new RevisionStl(DEVOLVER, false, true, true, false, true, "Precise el resultado."), "ana");

    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.DEVUELTO);
    assertThat(compromiso.getObservaciones()).isEqualTo("Precise el resultado.");
    verify(evaluaciones, never()).save(any());
    verify(auditoria)
        .registrar(
            "EGA-2100-C-001", ENTIDAD, 11L, DEVUELTO_STL, "ana",
            "Precise el resultado.\nCriterios que el STL no marcó como cumplidos: específico, hitos con fechas.");
  }

  @Test
  void aStepRunsOnlyInTheStateTheProcessLeftTheCommitmentIn() {
    compromiso.setEstado(EstadoCompromiso.EN_ACEPTACION);

    assertThatThrownBy(() -> servicio.revisarStl(11L, revision(APROBAR, true, true, null), "ana"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EN_ACEPTACION");
    assertThatThrownBy(() -> servicio.decidirPleno(11L, APROBAR, null, "pleno"))
        .isInstanceOf(IllegalStateException.class);
    verifyNoInteractions(auditoria);
  }

  @Test
  void agencyAcceptanceSendsToThePlenoAndAReturnGoesToTheTable() {
    compromiso.setEstado(EstadoCompromiso.EN_ACEPTACION);
    servicio.decidirAceptacion(11L, ACEPTAR, null, "enlace");
    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.EN_APROBACION_PLENO);

    compromiso.setEstado(EstadoCompromiso.EN_ACEPTACION);
    servicio.decidirAceptacion(11L, DEVOLVER, "No nos corresponde.", "enlace");
    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.DEVUELTO);
    assertThat(compromiso.getObservaciones()).isEqualTo("No nos corresponde.");
    verify(auditoria).registrar("EGA-2100-C-001", ENTIDAD, 11L, DEVUELTO_DEPENDENCIA, "enlace", "No nos corresponde.");
  }

  @Test
  void plenoApprovalIsMadeEffectiveByTheRegistrationWithDateAndNotifications() {
    compromiso.setEstado(EstadoCompromiso.EN_APROBACION_PLENO);

    servicio.decidirPleno(11L, APROBAR, null, "pleno");
    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.EN_APROBACION_PLENO);
    servicio.registrarAprobacion(11L);

    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.APROBADO);
    assertThat(compromiso.getAprobado()).isNotNull().isBeforeOrEqualTo(Instant.now());
    verify(notificador).aGrupo(eq("EGA-2100-C-001"), eq(NOTIFICACION_APROBADO), eq("so-salud"), any(Object[].class));
    verify(notificador)
        .aGrupo(eq("EGA-2100-C-001"), eq(NOTIFICACION_APROBADO), eq(Grupos.FACILITADORES), any(Object[].class));
  }

  // --- Rounds, reminders and the end -------------------------------------------------------------

  @Test
  void roundsAreExhaustedAtTheConfiguredMaximum() {
    compromiso.setRonda(2);
    assertThat(servicio.rondasAgotadas(11L)).isFalse();
    compromiso.setRonda(3);
    assertThat(servicio.rondasAgotadas(11L)).isTrue();
    compromiso.setRonda(2);
    assertThat(servicio(2).rondasAgotadas(11L)).isTrue();
  }

  @Test
  void notApprovedCommitmentGetsAPublicReasonFromItsLastReturn() {
    compromiso.setEstado(EstadoCompromiso.DEVUELTO);
    compromiso.setRonda(3);
    compromiso.setObservaciones("Los hitos no son verificables.");
    when(auditoria.historial("EGA-2100-C-001"))
        .thenReturn(
            List.of(
                new RegistroDecision("EGA-2100-C-001", ENTIDAD, 11L, DEVUELTO_STL, "ana", Instant.now(), "x"),
                new RegistroDecision("EGA-2100-C-001", ENTIDAD, 11L, DEVUELTO_PLENO, "pleno", Instant.now(), "y")));

    servicio.declararNoAprobado(11L);

    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.NO_APROBADO);
    assertThat(compromiso.getMotivoNoAprobado())
        .isEqualTo(
            "El compromiso no fue aprobado tras 3 rondas de revisión. Últimas observaciones (Pleno de la"
                + " Comisión): Los hitos no son verificables.");
    verify(auditoria)
        .registrar("EGA-2100-C-001", ENTIDAD, 11L, NO_APROBADO, Auditoria.SISTEMA, compromiso.getMotivoNoAprobado());
  }

  @Test
  void reminderAndEscalationAreSkippedOnceTheAgencyAnswered() {
    compromiso.setEstado(EstadoCompromiso.EN_APROBACION_PLENO);

    assertThat(servicio.recordarAceptacion(11L)).isFalse();
    assertThat(servicio.escalarAceptacion(11L)).isFalse();

    verifyNoInteractions(notificador);
    verify(auditoria, never()).registrar(anyString(), anyString(), any(), anyString(), anyString(), any());
  }

  @Test
  void escalationGoesToThePlenoAndTheCommissionAndIsLogged() {
    compromiso.setEstado(EstadoCompromiso.EN_ACEPTACION);

    assertThat(servicio.escalarAceptacion(11L)).isTrue();

    verify(notificador).aGrupo(eq("EGA-2100-C-001"), eq(NOTIFICACION_ESCALAMIENTO), eq(Grupos.PLENO), any(Object[].class));
    verify(notificador)
        .aGrupo(eq("EGA-2100-C-001"), eq(NOTIFICACION_ESCALAMIENTO), eq(Grupos.COMISION), any(Object[].class));
    verify(auditoria)
        .registrar(
            eq("EGA-2100-C-001"), eq(ENTIDAD), eq(11L), eq(ESCALADO), eq(Auditoria.SISTEMA),
            eq("Venció el plazo para que Secretaría de Salud aceptara el compromiso; se informó al Pleno y a la Comisión."));
  }

  @Test
  void reviewStartsOnlyForADraftOfTheGivenEdition() {
    assertThatThrownBy(() -> servicio.iniciarRevision(8L, 11L)).isInstanceOf(IllegalArgumentException.class);
    compromiso.setEstado(EstadoCompromiso.APROBADO);
    assertThatThrownBy(() -> servicio.iniciarRevision(7L, 11L)).isInstanceOf(IllegalStateException.class);

    compromiso.setEstado(EstadoCompromiso.BORRADOR);
    compromiso.setRonda(4);
    assertThat(servicio.iniciarRevision(7L, 11L)).isEqualTo("so-salud");
    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.EN_REVISION_STL);
    assertThat(compromiso.getRonda()).isEqualTo(1);
  }

  @Test
  void theViewSummarisesTheMilestonesAndTheRound() {
    VistaCompromiso vista = servicio.vista(11L);

    assertThat(vista.hitosResumen())
        .isEqualTo(
            "1. Primer hito (producto esperado: Informe; del 01/08/2100 al 01/12/2100)\n"
                + "2. Segundo hito (producto esperado: —; del — al 31/07/2101)");
    assertThat(vista.sujetoResponsable()).isEqualTo("Secretaría de Salud (SESA)");
    assertThat(vista.ronda()).isEqualTo("1 de 3");
    assertThat(vista.observacionesAnteriores()).isNull();
  }

  // --- The table's revision ----------------------------------------------------------------------

  @Test
  void aRevisedDraftFollowsTheRulesOfANewDraftAndChangesNothingWhenItBreaksOne() {
    compromiso.setEstado(EstadoCompromiso.DEVUELTO);
    when(sujetos.buscar(3L)).thenReturn(Optional.of(sujeto));

    assertThatThrownBy(() -> observaciones.atenderObservaciones(11L, borrador(3L, List.of()), "mesa"))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("agregue al menos un hito");
    assertThatThrownBy(
            () ->
                observaciones.atenderObservaciones(
                    11L, borrador(3L, List.of(new BorradorHito("Hito", null, null, FIN.plusDays(1)))), "mesa"))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("entre el inicio");

    assertThat(compromiso.getTitulo()).isEqualTo("Datos abiertos de salud");
    assertThat(compromiso.getHitos()).hasSize(2);
    verifyNoInteractions(auditoria);
  }

  @Test
  void aRevisionNamingAnInactiveAgencyChangesNothing() {
    compromiso.setEstado(EstadoCompromiso.DEVUELTO);
    sujeto.setActivo(false);
    when(sujetos.buscar(3L)).thenReturn(Optional.of(sujeto));

    assertThatThrownBy(
            () -> observaciones.atenderObservaciones(11L, borrador(3L, List.of(new BorradorHito("H", null, INICIO, FIN))), "mesa"))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("no existe o no está activo");

    assertThat(compromiso.getTitulo()).isEqualTo("Datos abiertos de salud");
    assertThat(compromiso.getHitos()).hasSize(2);
    verifyNoInteractions(auditoria);
  }

  @Test
  void aRevisionReplacesTheMilestonesKeepingTheExistingRows() {
    compromiso.setEstado(EstadoCompromiso.DEVUELTO);
    when(sujetos.buscar(3L)).thenReturn(Optional.of(sujeto));
    Hito primero = compromiso.getHitos().get(0);

    String grupo =
        observaciones.atenderObservaciones(
            11L, borrador(3L, List.of(new BorradorHito("Único hito", "Tablero", INICIO, FIN))), "mesa");

    assertThat(grupo).isEqualTo("so-salud");
    assertThat(compromiso.getTitulo()).isEqualTo("Título");
    assertThat(compromiso.getValores()).isEqualTo("TRANSPARENCIA");
    assertThat(compromiso.getHitos()).containsExactly(primero);
    assertThat(primero.getDescripcion()).isEqualTo("Único hito");
    assertThat(primero.getFechaFin()).isEqualTo(FIN);
    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.DEVUELTO);
    verify(auditoria).registrar("EGA-2100-C-001", ENTIDAD, 11L, OBSERVACIONES_ATENDIDAS, "mesa", null);
  }

  @Test
  void theNextRoundGoesBackToTheStl() {
    compromiso.setEstado(EstadoCompromiso.DEVUELTO);
    compromiso.setRonda(1);

    servicio.iniciarNuevaRonda(11L);

    assertThat(compromiso.getRonda()).isEqualTo(2);
    assertThat(compromiso.getEstado()).isEqualTo(EstadoCompromiso.EN_REVISION_STL);
    verify(auditoria).registrar("EGA-2100-C-001", ENTIDAD, 11L, NUEVA_RONDA, Auditoria.SISTEMA, "2 de 3");
  }

  @Test
  void theTablesFormOffersTheDraftAndTheActiveAgencies() {
    SujetoObligado otra = new SujetoObligado("educacion", "Secretaría de Educación", "SEDEQ", SujetoObligado.TipoSujeto.ESTATAL);
    otra.setId(4L);
    when(sujetos.activos()).thenReturn(new ArrayList<>(List.of(otra)));

    compromiso.setEstado(EstadoCompromiso.DEVUELTO);
    compromiso.setValores("TRANSPARENCIA,TECNOLOGIA_E_INNOVACION");

    FormularioAtenderObservaciones formulario = observaciones.formulario(11L);

    assertThat(formulario.sujetosOpciones()).containsExactly(new OpcionFormulario("Secretaría de Educación (SEDEQ)", "4"));
    assertThat(formulario.valores())
        .containsExactly(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.TECNOLOGIA_E_INNOVACION);
    assertThat(formulario.hitos()).hasSize(2);
    assertThat(formulario.sujetoResponsableId()).isEqualTo(3L);
    assertThat(formulario.ronda()).isEqualTo("1 de 3");
  }
}
