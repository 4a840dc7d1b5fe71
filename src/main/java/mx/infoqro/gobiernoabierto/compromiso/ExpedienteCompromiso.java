package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.springframework.stereotype.Component;

/**
 * A draft commitment's case file during its approval, as the approval's services share it (in their
 * transaction): the commitment, its view for the decision forms, its round, who returned it last,
 * and its entries in the decision log.
 */
@Component
class ExpedienteCompromiso {

  private final CompromisoRepository compromisos;
  private final Auditoria auditoria;
  private final GobiernoAbiertoProperties propiedades;

  ExpedienteCompromiso(CompromisoRepository compromisos, Auditoria auditoria, GobiernoAbiertoProperties propiedades) {
    this.compromisos = compromisos;
    this.auditoria = auditoria;
    this.propiedades = propiedades;
  }

  Compromiso compromiso(Long id) {
    return compromisos.findById(id).orElseThrow(() -> new IllegalArgumentException("Compromiso " + id));
  }

  /** A step of the process runs only in the state the process put the commitment in. */
  static void exigirEstado(Compromiso c, EstadoCompromiso esperado) {
    if (c.getEstado() != esperado) {
      throw new IllegalStateException(
          "Commitment " + c.getFolio() + " is " + c.getEstado() + "; expected " + esperado + ".");
    }
  }

  /** The read-only view of the draft that the STL, the agency and the Pleno decide upon. */
  VistaCompromiso vista(Compromiso c) {
    List<String> hitos = new ArrayList<>();
    int n = 1;
    for (Hito h : c.getHitos()) {
      hitos.add(
          Mensajes.texto(
              "compromiso.aprobacion.hito-resumen",
              String.valueOf(n++),
              h.getDescripcion(),
              h.getProductoEsperado() == null || h.getProductoEsperado().isBlank() ? "—" : h.getProductoEsperado(),
              ReglasCompromiso.fecha(h.getFechaInicio()),
              ReglasCompromiso.fecha(h.getFechaFin())));
    }
    return new VistaCompromiso(
        c.getFolio(),
        c.getTitulo(),
        c.getEje().getNombre(),
        c.getProblema(),
        c.getDescripcion(),
        String.join("\n", hitos),
        nombreConSiglas(c.getSujetoResponsable()),
        ronda(c),
        c.getObservaciones());
  }

  /** "Secretaría de Salud (SESA)". */
  static String nombreConSiglas(SujetoObligado s) {
    return s.getSiglas() != null ? s.getNombre() + " (" + s.getSiglas() + ")" : s.getNombre();
  }

  /** "2 de 3": the commitment's round of the maximum the commission allows. */
  String ronda(Compromiso c) {
    return Mensajes.texto(
        "compromiso.aprobacion.ronda", String.valueOf(c.getRonda()), String.valueOf(propiedades.rondasMaximasAprobacion()));
  }

  /** The step that returned the commitment last (e.g. «Pleno de la Comisión»), from the decision log. */
  String devueltoPor(Compromiso c) {
    List<RegistroDecision> historial = auditoria.historial(c.getFolio());
    for (int i = historial.size() - 1; i >= 0; i--) {
      RegistroDecision r = historial.get(i);
      if (ENTIDAD.equals(r.getEntidad())
          && Objects.equals(c.getId(), r.getEntidadId())
          && r.getDecision().startsWith("DEVUELTO_")) {
        return Mensajes.texto(
            "compromiso.aprobacion.devuelto-por." + r.getDecision().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    return null;
  }

  /** Writes a decision on the commitment to the decision log. */
  void registrar(Compromiso c, String decision, String usuario, String motivo) {
    auditoria.registrar(c.getFolio(), ENTIDAD, c.getId(), decision, usuario, motivo);
  }
}
