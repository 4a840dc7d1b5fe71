package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;

/**
 * The form of Task_SolicitarCambio: the commitment (among those in implementation the requester may
 * ask about), each change field by field (a row per milestone changed or added; scope, expected
 * results, responsible agency, other actors: empty leaves it as it is), the justification and the
 * evidence links.
 */
@Formulario("solicitar-cambio")
public record FormularioSolicitarCambio(
    List<OpcionFormulario> compromisosOpciones,
    String folio,
    List<HitoSolicitado> hitos,
    String descripcion,
    String comoResuelve,
    List<OpcionFormulario> sujetosOpciones,
    String sujetoResponsable,
    String otrosActores,
    String justificacion,
    String evidencias) {

  /** One milestone row: {@code numero} as the public page numbers it, or empty for a new milestone. */
  public record HitoSolicitado(
      Integer numero, String descripcion, String productoEsperado, LocalDate fechaInicio, LocalDate fechaFin,
      Boolean retirar, String motivoRetiro) {

    static HitoSolicitado de(CambioHito h) {
      return new HitoSolicitado(h.numero(), h.descripcion(), h.productoEsperado(), h.fechaInicio(), h.fechaFin(),
          h.retirar() ? Boolean.TRUE : null, h.motivoRetiro());
    }

    CambioHito cambio() {
      return new CambioHito(numero, descripcion, productoEsperado, fechaInicio, fechaFin, Boolean.TRUE.equals(retirar), motivoRetiro);
    }
  }

  /** The requester asks for the changes {@code s} to the commitment {@code folio}. */
  public static FormularioSolicitarCambio pedir(String folio, SolicitudCambio s) {
    return new FormularioSolicitarCambio(null, folio, filas(s), s.descripcion(), s.comoResuelve(), null,
        s.sujetoResponsable(), s.otrosActores(), s.justificacion(), s.evidencias());
  }

  static List<HitoSolicitado> filas(SolicitudCambio s) {
    return s.hitos().stream().map(HitoSolicitado::de).toList();
  }

  /** The request as the service takes it. */
  SolicitudCambio solicitud() {
    return solicitud(justificacion, evidencias, descripcion, comoResuelve, sujetoResponsable, otrosActores, hitos);
  }

  static SolicitudCambio solicitud(String justificacion, String evidencias, String descripcion, String comoResuelve,
      String sujetoResponsable, String otrosActores, List<HitoSolicitado> hitos) {
    return new SolicitudCambio(justificacion, evidencias, descripcion, comoResuelve, sujetoResponsable, otrosActores,
        hitos == null ? List.of() : hitos.stream().map(HitoSolicitado::cambio).toList());
  }
}
