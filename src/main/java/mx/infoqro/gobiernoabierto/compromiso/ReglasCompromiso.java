package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;

/**
 * The rules of a commitment from its draft to its approval (DOMAIN.md phase 6), pure and testable:
 * the OGP template of a draft, the decisions of each step and the STL's criteria, the rounds. Each
 * broken rule is a {@link ValidacionException} with a Spanish message ({@code compromiso.*} in
 * messages.properties).
 */
final class ReglasCompromiso {

  static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Longest observations of a decision (the draft's column and the forms' maxLength). */
  static final int MAX_OBSERVACIONES = 4000;

  private ReglasCompromiso() {}

  // --- The draft (OGP template) -------------------------------------------------------------------

  /**
   * The rules of the drafts a table writes (or revises): required template fields and lengths, at
   * least one open-government value, an active responsible agency, start and end dates with end not
   * before start, and at least one milestone, each with a description and an end date, within the
   * commitment's dates.
   *
   * @param sujetoActivo whether an agency id exists and is active
   * @throws ValidacionException with the first broken rule
   */
  static void validarBorradores(List<Borrador> borradores, Predicate<Long> sujetoActivo) {
    if (borradores == null || borradores.isEmpty()) {
      throw ValidacionException.de("compromiso.borrador.ninguno");
    }
    for (int i = 0; i < borradores.size(); i++) {
      validarBorrador(borradores.get(i), Mensajes.texto("compromiso.borrador.etiqueta", String.valueOf(i + 1)), sujetoActivo);
    }
  }

  private static void validarBorrador(Borrador b, String c, Predicate<Long> sujetoActivo) {
    requerido(b.titulo(), "compromiso.borrador.sin-titulo", c);
    longitud(b.titulo(), 300, c, "compromiso.campo.titulo");
    requerido(b.problema(), "compromiso.borrador.sin-problema", c);
    longitud(b.problema(), 4000, c, "compromiso.campo.problema");
    longitud(b.statusQuo(), 4000, c, "compromiso.campo.status-quo");
    requerido(b.descripcion(), "compromiso.borrador.sin-descripcion", c);
    longitud(b.descripcion(), 8000, c, "compromiso.campo.descripcion");
    longitud(b.comoResuelve(), 4000, c, "compromiso.campo.como-resuelve");
    longitud(b.otrosActores(), 2000, c, "compromiso.campo.otros-actores");
    longitud(b.contacto(), 500, c, "compromiso.campo.contacto");
    if (b.valores() == null || b.valores().isEmpty()) {
      throw ValidacionException.de("compromiso.borrador.sin-valores", c);
    }
    if (b.sujetoResponsableId() == null) {
      throw ValidacionException.de("compromiso.borrador.sin-sujeto", c);
    }
    if (!sujetoActivo.test(b.sujetoResponsableId())) {
      throw ValidacionException.de("compromiso.borrador.sujeto-inactivo", c);
    }
    if (b.fechaInicio() == null) {
      throw ValidacionException.de("compromiso.borrador.sin-inicio", c);
    }
    if (b.fechaFin() == null) {
      throw ValidacionException.de("compromiso.borrador.sin-fin", c);
    }
    if (b.fechaFin().isBefore(b.fechaInicio())) {
      throw ValidacionException.de("compromiso.borrador.fin-antes", c, fecha(b.fechaFin()), fecha(b.fechaInicio()));
    }
    if (b.hitos() == null || b.hitos().isEmpty()) {
      throw ValidacionException.de("compromiso.borrador.sin-hitos", c);
    }
    for (int j = 0; j < b.hitos().size(); j++) {
      validarHito(b, b.hitos().get(j), Mensajes.texto("compromiso.hito.etiqueta", c, String.valueOf(j + 1)));
    }
  }

  private static void validarHito(Borrador b, BorradorHito h, String etiqueta) {
    requerido(h.descripcion(), "compromiso.hito.sin-descripcion", etiqueta);
    longitud(h.descripcion(), 1000, etiqueta, "compromiso.campo.descripcion");
    longitud(h.productoEsperado(), 1000, etiqueta, "compromiso.campo.producto");
    if (h.fechaFin() == null) {
      throw ValidacionException.de("compromiso.hito.sin-fin", etiqueta);
    }
    if (h.fechaInicio() != null && h.fechaFin().isBefore(h.fechaInicio())) {
      throw ValidacionException.de("compromiso.hito.fin-antes", etiqueta);
    }
    LocalDate inicio = h.fechaInicio() != null ? h.fechaInicio() : h.fechaFin();
    if (inicio.isBefore(b.fechaInicio()) || h.fechaFin().isAfter(b.fechaFin())) {
      throw ValidacionException.de(
          "compromiso.hito.fuera-de-plazo", etiqueta, fecha(b.fechaInicio()), fecha(b.fechaFin()));
    }
  }

  // --- Decisions on a draft -----------------------------------------------------------------------

  /** A decision among the allowed ones; returning always needs observations. */
  static void validarDecision(String decision, String observaciones, String... permitidas) {
    if (decision == null || decision.isBlank()) {
      throw ValidacionException.de("compromiso.decision.sin-decision");
    }
    if (!Arrays.asList(permitidas).contains(decision)) {
      throw ValidacionException.de("compromiso.decision.invalida", decision);
    }
    if (DEVOLVER.equals(decision) && (observaciones == null || observaciones.isBlank())) {
      throw ValidacionException.de("compromiso.decision.sin-observaciones");
    }
    if (observaciones != null && observaciones.length() > MAX_OBSERVACIONES) {
      throw ValidacionException.de(
          "compromiso.longitud", Mensajes.texto("compromiso.campo.observaciones"), String.valueOf(MAX_OBSERVACIONES));
    }
  }

  /**
   * The STL's review: a decision of its step; approving needs the commitment to be verifiable and
   * relevant to the open-government values (the criteria stored in its evaluation).
   */
  static void validarRevisionStl(RevisionStl revision) {
    validarDecision(revision.decision(), revision.observaciones(), APROBAR, DEVOLVER);
    if (APROBAR.equals(revision.decision()) && !(revision.verificable() && revision.relevante())) {
      throw ValidacionException.de("compromiso.stl.no-verificable");
    }
  }

  /** The reason the decision log keeps for a review: its observations and the criteria not checked. */
  static String motivoStl(RevisionStl r) {
    List<String> faltantes = new ArrayList<>();
    agregarSi(!r.especifico(), faltantes, "especifico");
    agregarSi(!r.verificable(), faltantes, "verificable");
    agregarSi(!r.relevante(), faltantes, "relevante");
    agregarSi(!r.hitosConFechas(), faltantes, "hitos-con-fechas");
    agregarSi(!r.conSujetoResponsable(), faltantes, "sujeto-responsable");
    String criterios =
        faltantes.isEmpty()
            ? Mensajes.texto("compromiso.aprobacion.criterios-cumplidos")
            : Mensajes.texto("compromiso.aprobacion.criterios-no-cumplidos", String.join(", ", faltantes));
    return r.observaciones() == null ? criterios : r.observaciones() + "\n" + criterios;
  }

  private static void agregarSi(boolean condicion, List<String> lista, String criterio) {
    if (condicion) {
      lista.add(Mensajes.texto("compromiso.aprobacion.criterio." + criterio));
    }
  }

  /** Whether a returned commitment used the last round the commission allows. */
  static boolean rondasAgotadas(int ronda, int rondasMaximas) {
    return ronda >= rondasMaximas;
  }

  /** The public reason of a commitment not approved: its rounds, who returned it last and why. */
  static String motivoNoAprobado(int rondas, String devueltoPor, String observaciones) {
    return Mensajes.texto(
        "compromiso.aprobacion.motivo-no-aprobado", String.valueOf(rondas), devueltoPor, observaciones);
  }

  // --- Helpers ------------------------------------------------------------------------------------

  static String fecha(LocalDate fecha) {
    return fecha == null ? "—" : DD_MM_AAAA.format(fecha);
  }

  private static void requerido(String valor, String clave, String lugar) {
    if (valor == null || valor.isBlank()) {
      throw ValidacionException.de(clave, lugar);
    }
  }

  private static void longitud(String valor, int maximo, String lugar, String campo) {
    if (valor != null && valor.length() > maximo) {
      throw ValidacionException.de(
          "compromiso.longitud", Mensajes.texto(campo, lugar), String.valueOf(maximo));
    }
  }
}
