package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;

/**
 * The form of Task_AtenderObservaciones: who returned the draft and with which observations
 * (read-only), and the whole draft to revise, as it stands, with the agencies it may name.
 */
@Formulario("atender-observaciones")
public record FormularioAtenderObservaciones(
    String folio,
    String eje,
    String ronda,
    String devueltoPor,
    String observacionesAnteriores,
    String titulo,
    String problema,
    String statusQuo,
    String descripcion,
    String comoResuelve,
    Set<ValorGobiernoAbierto> valores,
    Long sujetoResponsableId,
    List<OpcionFormulario> sujetosOpciones,
    String otrosActores,
    String contacto,
    LocalDate fechaInicio,
    LocalDate fechaFin,
    List<BorradorHito> hitos) {

  /** The table's revised draft (the header, earlier observations and options are read-only). */
  public static FormularioAtenderObservaciones correccion(Borrador b) {
    return new FormularioAtenderObservaciones(
        null, null, null, null, null, b.titulo(), b.problema(), b.statusQuo(), b.descripcion(), b.comoResuelve(),
        b.valores(), b.sujetoResponsableId(), null, b.otrosActores(), b.contacto(), b.fechaInicio(), b.fechaFin(),
        b.hitos());
  }

  /** The revised draft, for the service. */
  Borrador borrador() {
    return new Borrador(
        titulo, problema, statusQuo, descripcion, comoResuelve, valores, sujetoResponsableId, otrosActores, contacto,
        fechaInicio, fechaFin, hitos);
  }
}
