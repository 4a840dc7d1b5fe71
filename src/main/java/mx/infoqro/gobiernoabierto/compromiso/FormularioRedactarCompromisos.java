package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.RedaccionCompromisos.CompromisoPropuesto;

/**
 * The form of Task_RedactarCompromisos (table process): the table's header, its draft commitments
 * (OGP template, each with its milestones and the incorporated proposals it takes; opens with one
 * empty draft with one empty milestone), the active agencies and the incorporated proposals.
 */
@Formulario("redactar-compromisos")
public record FormularioRedactarCompromisos(
    String mesaFolio,
    String mesaEje,
    List<CompromisoRedactado> compromisos,
    List<OpcionFormulario> sujetosOpciones,
    List<OpcionFormulario> propuestasIncorporadasOpciones) {

  /** The table writes these draft commitments (the header and the options are read-only). */
  public static FormularioRedactarCompromisos redactar(List<CompromisoRedactado> compromisos) {
    return new FormularioRedactarCompromisos(null, null, compromisos, null, null);
  }

  /** One draft commitment as the table writes it. */
  public record CompromisoRedactado(
      String titulo,
      String problema,
      String statusQuo,
      String descripcion,
      String comoResuelve,
      Set<ValorGobiernoAbierto> valores,
      Long sujetoResponsableId,
      String otrosActores,
      String contacto,
      LocalDate fechaInicio,
      LocalDate fechaFin,
      List<Long> propuestasAtendidas,
      List<BorradorHito> hitos) {

    /** An empty draft with one empty milestone, as the form opens. */
    static CompromisoRedactado vacio() {
      return new CompromisoRedactado(
          null, null, null, null, null, Set.of(), null, null, null, null, null, List.of(),
          List.of(new BorradorHito(null, null, null, null)));
    }

    CompromisoPropuesto propuesto() {
      return new CompromisoPropuesto(
          new Borrador(
              titulo, problema, statusQuo, descripcion, comoResuelve, valores, sujetoResponsableId, otrosActores,
              contacto, fechaInicio, fechaFin, hitos),
          propuestasAtendidas);
    }
  }

  /** The drafts and the proposals each takes, for the service. */
  List<CompromisoPropuesto> propuestos() {
    return compromisos.stream().map(CompromisoRedactado::propuesto).toList();
  }
}
