package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.compromiso.FormularioSolicitarCambio.HitoSolicitado;

/**
 * The form of Task_AtenderObservacionesCambio: the STL's observations and the changes asked
 * (read-only), then the request again, prefilled as it stands; the corrected request replaces it.
 */
@Formulario("atender-observaciones-cambio")
public record FormularioAtenderObservacionesCambio(
    String folio,
    String titulo,
    String observacionesStl,
    String cambiosAnteriores,
    List<HitoSolicitado> hitos,
    String descripcion,
    String comoResuelve,
    List<OpcionFormulario> sujetosOpciones,
    String sujetoResponsable,
    String otrosActores,
    String justificacion,
    String evidencias) {

  /** The requester corrects the request: {@code s} replaces it. */
  public static FormularioAtenderObservacionesCambio corregir(SolicitudCambio s) {
    return new FormularioAtenderObservacionesCambio(null, null, null, null, FormularioSolicitarCambio.filas(s),
        s.descripcion(), s.comoResuelve(), null, s.sujetoResponsable(), s.otrosActores(), s.justificacion(), s.evidencias());
  }

  SolicitudCambio solicitud() {
    return FormularioSolicitarCambio.solicitud(justificacion, evidencias, descripcion, comoResuelve, sujetoResponsable,
        otrosActores, hitos);
  }
}
