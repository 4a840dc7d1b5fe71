package mx.infoqro.gobiernoabierto.compromiso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.Escenarios.CompromisoAprobado;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Applying an approved change (issue #28): the new version current, the old one kept, progress and late marks from the new data. */
class CambiosCompromisoTest extends PruebaIntegracion {

  @Autowired CambiosCompromiso cambios;
  @Autowired AplicacionCambios aplicacion;
  @Autowired CompromisoRepository compromisos;
  @Autowired HitoRepository hitos;
  @Autowired TransactionTemplate tx;
  @Autowired Plazos plazos;

  @Test
  void anApprovedChangeMovesTheDateRemovesAMilestoneAndKeepsTheVerifiedProgress() {
    LocalDate hoy = plazos.hoy();
    CompromisoAprobado caso = enImplementacion(hoy.minusDays(10));
    Long retiradoId = tx.execute(s -> compromisos.findById(caso.compromisoId()).orElseThrow().getHitos().get(1).getId());

    CambioCompromiso cambio = cambios.solicitar(caso.folio(), "enlace", Set.of(caso.sujeto().grupo()),
        SolicitudCambio.deHitos("El presupuesto llegó tarde",
            CambioHito.nuevaFechaFin(1, hoy.plusDays(60)),
            CambioHito.retirar(2, "Lo cubre otro programa"),
            CambioHito.nuevo("Tercer hito", "Datos abiertos", hoy, hoy.plusDays(90))));
    assertThat(cambios.aprobarStl(cambio.getId(), "stl")).as("milestones only: the STL decides").isFalse();

    tx.executeWithoutResult(s -> {
      Compromiso c = compromisos.findById(caso.compromisoId()).orElseThrow();
      assertThat(c.getVersion()).isEqualTo(2);
      assertThat(c.getModificado()).isNotNull();
      assertThat(c.getHitos()).extracting(Hito::getDescripcion).containsExactly("Primer hito", "Tercer hito");
      Hito movido = c.getHitos().get(0);
      assertThat(movido.getFechaFin()).isEqualTo(hoy.plusDays(60));
      assertThat(movido.getPorcentaje()).as("verified progress kept").isEqualTo(40);
      assertThat(movido.getEstado()).isEqualTo(EstadoHito.EN_PROCESO);
      assertThat(ReglasAvance.conRetraso(movido.getFechaFin(), movido.getEstado(), hoy)).as("no longer late").isFalse();
      assertThat(ReglasAvance.avance(c.getHitos().stream().map(Hito::getPorcentaje).toList()))
          .as("the removed milestone (80 %) no longer counts").isEqualTo(20);
      Hito retirado = hitos.findById(retiradoId).orElseThrow();
      assertThat(retirado.isRetirado()).isTrue();
      assertThat(retirado.getMotivoRetiro()).isEqualTo("Lo cubre otro programa");
      assertThat(retirado.getPorcentaje()).isEqualTo(80);
    });
    CambioCompromiso aplicado = cambios.cambio(cambio.getId());
    assertThat(aplicado.getEstado()).isEqualTo(Estado.APROBADO);
    assertThat(aplicado.getVersion()).isEqualTo(2);
    assertThat(aplicado.getCampos()).extracting(CampoCambio::getCampo).containsExactly(
        CampoCambio.Campo.HITO_FECHA_FIN, CampoCambio.Campo.HITO_RETIRADO, CampoCambio.Campo.HITO_NUEVO);
    assertThat(aplicado.getCampos().get(0).getValorAnterior()).isEqualTo(hoy.minusDays(10).toString());

    List<ContenidoVersion> versiones = aplicacion.versiones(caso.compromisoId());
    assertThat(versiones).extracting(ContenidoVersion::version).containsExactly(1, 2);
    assertThat(versiones.get(0).hitos()).extracting(ContenidoVersion.HitoVersion::descripcion)
        .as("version 1 kept as it was").containsExactly("Primer hito", "Segundo hito");
    assertThat(versiones.get(0).hitos().get(0).fechaFin()).isEqualTo(hoy.minusDays(10).toString());
    assertThat(versiones.get(1).hitos()).hasSize(2);
  }

  @Test
  void oneRequestAtATimeOnlyInImplementationAndOnlyItsAgencyOrTheCommission() {
    LocalDate hoy = plazos.hoy();
    CompromisoAprobado caso = enImplementacion(hoy.plusDays(30));
    SolicitudCambio pospone = SolicitudCambio.deHitos("Motivo", CambioHito.nuevaFechaFin(1, hoy.plusDays(90)));

    assertThatThrownBy(() -> cambios.solicitar(caso.folio(), "otro", Set.of("so-otra"), pospone))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("Solo la Comisión o el enlace");
    assertThatThrownBy(() -> cambios.solicitar(caso.folio(), "comision", Set.of(Grupos.COMISION),
            SolicitudCambio.deHitos(" ", CambioHito.nuevaFechaFin(1, hoy.plusDays(90)))))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("justificación");
    CambioCompromiso primera = cambios.solicitar(caso.folio(), "comision", Set.of(Grupos.COMISION), pospone);
    assertThatThrownBy(() -> cambios.solicitar(caso.folio(), "enlace", Set.of(caso.sujeto().grupo()), pospone))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("ya tiene una solicitud de cambio en trámite");

    cambios.rechazar(primera.getId(), "stl", "No se justifica");
    assertThat(cambios.cambio(primera.getId()).getEstado()).isEqualTo(Estado.RECHAZADO);
    tx.executeWithoutResult(s -> assertThat(compromisos.findById(caso.compromisoId()).orElseThrow().getVersion()).isEqualTo(1));
    assertThat(cambios.solicitar(caso.folio(), "enlace", Set.of(caso.sujeto().grupo()), pospone).abierto()).isTrue();

    CompromisoAprobado aprobado = escenarios.compromisoAprobado();
    assertThatThrownBy(() -> cambios.solicitar(aprobado.folio(), "comision", Set.of(Grupos.COMISION), pospone))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("no está en implementación");
  }

  @Test
  void aChangeOfResponsibleAgencyAndScopeWaitsForThePlenoAndIsAppliedByIt() {
    CompromisoAprobado caso = enImplementacion(plazos.hoy().plusDays(30));
    String otro = escenarios.sujeto().getClave();
    CambioCompromiso cambio = cambios.solicitar(caso.folio(), "comision", Set.of(Grupos.COMISION),
        new SolicitudCambio("Reorganización de la administración", "https://ejemplo.gob.mx/acuerdo", "Alcance acotado",
            null, otro, null, List.of()));
    assertThat(cambio.getCampos()).extracting(CampoCambio::getCampo)
        .containsExactly(CampoCambio.Campo.DESCRIPCION, CampoCambio.Campo.SUJETO_RESPONSABLE);

    assertThat(cambios.aprobarStl(cambio.getId(), "stl")).as("scope and agency: the Pleno decides").isTrue();
    assertThat(cambios.cambio(cambio.getId()).getEstado()).isEqualTo(Estado.EN_APROBACION_PLENO);
    tx.executeWithoutResult(s -> assertThat(compromisos.findById(caso.compromisoId()).orElseThrow().getVersion()).isEqualTo(1));

    cambios.aprobarPleno(cambio.getId(), "pleno");
    tx.executeWithoutResult(s -> {
      Compromiso c = compromisos.findById(caso.compromisoId()).orElseThrow();
      assertThat(c.getVersion()).isEqualTo(2);
      assertThat(c.getDescripcion()).isEqualTo("Alcance acotado");
      assertThat(c.getSujetoResponsable().getClave()).isEqualTo(otro);
    });
    CambioCompromiso aplicado = cambios.cambio(cambio.getId());
    assertThat(aplicado.getDecididoStl()).isEqualTo("stl");
    assertThat(aplicado.getDecididoPleno()).isEqualTo("pleno");
    assertThat(aplicado.abierto()).isFalse();
  }

  /** A commitment in implementation whose first milestone ends on {@code finPrimero}, reported late at 40 %, the second at 80 %. */
  private CompromisoAprobado enImplementacion(LocalDate finPrimero) {
    CompromisoAprobado caso = escenarios.compromisoAprobado();
    tx.executeWithoutResult(s -> {
      Compromiso c = compromisos.findById(caso.compromisoId()).orElseThrow();
      c.setEstado(EstadoCompromiso.EN_IMPLEMENTACION);
      Hito primero = c.getHitos().get(0);
      primero.setFechaInicio(finPrimero.minusMonths(3));
      primero.setFechaFin(finPrimero);
      primero.setEstado(EstadoHito.RETRASADO);
      primero.setPorcentaje(40);
      Hito segundo = c.getHitos().get(1);
      segundo.setFechaFin(finPrimero.plusMonths(6));
      segundo.setEstado(EstadoHito.EN_PROCESO);
      segundo.setPorcentaje(80);
    });
    return caso;
  }
}
