package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.AperturaGobierno;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Potencial;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;

/**
 * What the public sees of published action plans and their commitments ({@link PlanesPublicados}):
 * values read in one transaction, no entity, no personal data (free text already went through
 * {@link mx.infoqro.gobiernoabierto.comun.DatosContacto}; the commitment's contact is never here).
 */
public final class VistasPlan {

  private VistasPlan() {}

  /** An edition whose action plan is published. */
  public record EdicionConPlan(String folio, int anio, LocalDate publicado) {}

  /**
   * A published action plan as its page and its PDF show it.
   *
   * @param documento the stored PDF (null while it is being rendered at publication)
   */
  public record PlanPublicado(
      String folio,
      int anio,
      LocalDate firmado,
      LocalDate publicado,
      LocalDate inicioPlan,
      LocalDate finPlan,
      int numeroCompromisos,
      int numeroSujetos,
      List<EjeDelPlan> ejes,
      Documento documento) {}

  /** The commitments of one axis in the plan. */
  public record EjeDelPlan(String clave, String nombre, List<CompromisoDelPlan> compromisos) {}

  public record CompromisoDelPlan(
      String folio,
      String titulo,
      String sujeto,
      String siglas,
      LocalDate inicio,
      LocalDate fin,
      String problema,
      String descripcion,
      List<ValorGobiernoAbierto> valores,
      String otrosActores,
      List<HitoDelPlan> hitos) {}

  public record HitoDelPlan(int numero, String descripcion, String producto, LocalDate inicio, LocalDate fin) {}

  /** The stored PDF of a plan: what the page tells about it so anyone can check a copy. */
  public record Documento(int version, String sha256, long tamanio, LocalDate generado) {}

  /** The PDF itself. */
  public record ArchivoPlan(String folio, int version, byte[] contenido, String sha256) {}

  /**
   * A commitment of a published plan as the dashboard and the open data list it.
   *
   * @param avance mean of the milestones' last verified percentages ({@link ReglasAvance#avance})
   * @param nivel the evaluator's completion level once evaluated, else the computed one
   * @param evaluado whether {@code nivel} is the evaluator's
   * @param version its current version (1 as approved in the plan, one more per approved change)
   */
  public record FilaCompromiso(
      Long id,
      String folio,
      String titulo,
      String edicion,
      int anio,
      String ejeClave,
      String eje,
      String sujetoClave,
      String sujeto,
      String siglas,
      LocalDate inicio,
      LocalDate fin,
      List<ValorGobiernoAbierto> valores,
      String otrosActores,
      Long mesaId,
      String mesaFolio,
      int hitos,
      int hitosCompletados,
      int avance,
      Cumplimiento nivel,
      boolean evaluado,
      boolean conRetraso,
      int version) {}

  /** The OGP template texts of a commitment, for the open data. */
  public record TextosCompromiso(String problema, String statusQuo, String descripcion, String comoResuelve) {}

  /** A commitment's public page, without its reports (those belong to the follow-up). */
  public record DetalleCompromiso(
      FilaCompromiso fila,
      String problema,
      String statusQuo,
      String descripcion,
      String comoResuelve,
      List<HitoPublico> hitos,
      EvaluacionPublica evaluacion) {}

  /** A milestone with its last verified status. */
  public record HitoPublico(
      Long id,
      int numero,
      String descripcion,
      String producto,
      LocalDate inicio,
      LocalDate fin,
      EstadoHito estado,
      int porcentaje,
      boolean conRetraso) {}

  /** The IRM evaluation of a commitment, once done. */
  public record EvaluacionPublica(
      Boolean verificable,
      Boolean relevante,
      Potencial potencial,
      Cumplimiento cumplimiento,
      AperturaGobierno abrioGobierno,
      String comentario,
      String evidencia,
      LocalDate evaluado) {}

  /**
   * A milestone of a published plan as the open data lists it.
   *
   * @param numero its number among the milestones in force; null once an approved change removed it
   * @param version the current version of its commitment
   */
  public record FilaHito(
      String edicion,
      String folioCompromiso,
      Integer numero,
      String descripcion,
      String producto,
      LocalDate inicio,
      LocalDate fin,
      EstadoHito estado,
      int porcentaje,
      boolean conRetraso,
      boolean retirado,
      int version) {}
}
