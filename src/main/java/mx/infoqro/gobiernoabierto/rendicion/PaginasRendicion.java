package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.compromiso.HistorialCambios;
import mx.infoqro.gobiernoabierto.compromiso.HistorialCambios.CampoPublico;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.DetalleCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.EdicionConPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.rendicion.DiferenciaTexto.Diferencia;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesPublicados.ReportePublico;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a commitment's page and an edition's final report page show, composed from the features'
 * read sides in one transaction: only public things (a published plan's commitment, its verified
 * reports, its evaluation once done, the proposals it came from with their public author).
 */
@Service
class PaginasRendicion {

  /** A proposal the commitment incorporated, as its table's page shows it. */
  record Origen(Long id, Long mesaId, String mesaFolio, String autor, String problema, String propuesta,
      DecisionRespuesta decision, String razon, LocalDate respondida) {}

  record PaginaCompromiso(DetalleCompromiso detalle, List<ReportePublico> reportes, List<Origen> propuestas,
      HistorialCambios.Historial historial) {}

  /** A commitment's versions page: what it is now, its history of changes and, per free-text field, what each change removed and added. */
  record PaginaVersiones(FilaCompromiso compromiso, HistorialCambios.Historial historial, Map<CampoPublico, Diferencia> diferencias) {}

  record InformeFinal(String edicion, int anio, String texto, LocalDate publicado, int compromisos, int avance,
      Map<Cumplimiento, Long> porNivel) {}

  private final PlanesPublicados planes;
  private final CompromisosPublicados publicados;
  private final ReportesPublicados reportes;
  private final ConsultaMesas mesas;
  private final ConsultaEjercicios ejercicios;
  private final Plazos plazos;
  private final HistorialCambios historiales;

  PaginasRendicion(
      PlanesPublicados planes,
      CompromisosPublicados publicados,
      ReportesPublicados reportes,
      ConsultaMesas mesas,
      ConsultaEjercicios ejercicios,
      Plazos plazos,
      HistorialCambios historiales) {
    this.planes = planes;
    this.publicados = publicados;
    this.reportes = reportes;
    this.mesas = mesas;
    this.ejercicios = ejercicios;
    this.plazos = plazos;
    this.historiales = historiales;
  }

  @Transactional(readOnly = true)
  Optional<PaginaCompromiso> compromiso(String folio) {
    return publicados
        .compromiso(folio)
        .map(
            d -> new PaginaCompromiso(
                d,
                reportes.deCompromiso(d.fila().id()),
                mesas.deCompromiso(d.fila().id()).stream().map(this::origen).toList(),
                historiales.de(d.fila().id())));
  }

  @Transactional(readOnly = true)
  Optional<PaginaVersiones> versiones(String folio) {
    return publicados.compromiso(folio).map(d -> {
      HistorialCambios.Historial historial = historiales.de(d.fila().id());
      Map<CampoPublico, Diferencia> diferencias = new HashMap<>();
      historial.cambios().stream().flatMap(k -> k.campos().stream()).filter(CampoPublico::textoComparable)
          .forEach(f -> diferencias.computeIfAbsent(f, x -> DiferenciaTexto.de(x.antes(), x.despues())));
      return new PaginaVersiones(d.fila(), historial, diferencias);
    });
  }

  private Origen origen(Propuesta p) {
    return new Origen(
        p.getId(), p.getMesa().getId(), p.getMesa().getFolio(), ocultar(p.getAutorPublico()), ocultar(p.getProblema()),
        ocultar(p.getPropuesta()), p.getRespuestaDecision(), ocultar(p.getRespuestaRazon()), plazos.dia(p.getRespuestaFecha()));
  }

  /** The folio of the latest edition whose final report is published. */
  @Transactional(readOnly = true)
  Optional<String> ultimoInformeFinal() {
    return ejercicios.publicadas().stream().filter(e -> e.getInformeFinalPublicado() != null).map(Ejercicio::getFolio).findFirst();
  }

  /** The published final report of an edition; empty when unknown or not published. */
  @Transactional(readOnly = true)
  Optional<InformeFinal> informeFinal(String folio) {
    return ejercicios
        .porFolio(folio)
        .filter(e -> e.getInformeFinalPublicado() != null && e.getInformeFinal() != null)
        .map(
            e -> {
              List<FilaCompromiso> suyos = publicados.compromisos().stream().filter(c -> c.edicion().equals(folio)).toList();
              Map<Cumplimiento, Long> porNivel = new EnumMap<>(Cumplimiento.class);
              suyos.forEach(c -> porNivel.merge(c.nivel(), 1L, Long::sum));
              return new InformeFinal(
                  e.getFolio(), e.getAnio(), ocultar(e.getInformeFinal()), plazos.dia(e.getInformeFinalPublicado()), suyos.size(),
                  TableroCompromisos.avance(suyos), porNivel);
            });
  }

  /** Whether an edition with this folio exists for the public (its call is published). */
  @Transactional(readOnly = true)
  boolean edicionPublica(String folio) {
    return ejercicios.publicadas().stream().anyMatch(e -> e.getFolio().equals(folio));
  }

  /** The editions whose plan is published, most recent first. */
  List<EdicionConPlan> edicionesConPlan() {
    return planes.ediciones();
  }
}
