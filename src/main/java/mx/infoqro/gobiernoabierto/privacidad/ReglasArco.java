package mx.infoqro.gobiernoabierto.privacidad;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.comun.DiasHabiles;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/**
 * The rules of ARCO requests, without Spring: legal deadlines (counted in business days by {@link
 * DiasHabiles}, the one calendar of the application), validation of requests, decisions and
 * corrections.
 */
final class ReglasArco {

  /** Business days the person has to confirm their identity. */
  static final int DIAS_CONFIRMACION = 10;
  /** Business days to answer, from the identity confirmation. */
  static final int DIAS_RESPUESTA = 20;
  /** Business days of the one extension, from the original deadline. */
  static final int DIAS_PRORROGA = 10;
  /** The reminder comes this many business days before the deadline. */
  static final int DIAS_RECORDATORIO_ANTES = 5;

  /** The public name of an anonymised participant. */
  static final String NOMBRE_ANONIMO = Mensajes.texto("privacidad.participante-anonimo");

  private static final Pattern CORREO = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private ReglasArco() {}

  /** Deadline: {@link #DIAS_RESPUESTA} business days after the confirmation day. */
  static LocalDate vencimiento(DiasHabiles calendario, LocalDate confirmacion) {
    return calendario.sumar(confirmacion, DIAS_RESPUESTA);
  }

  /** Reminder of the first deadline: {@link #DIAS_RECORDATORIO_ANTES} business days before it. */
  static LocalDate recordatorio(DiasHabiles calendario, LocalDate confirmacion) {
    return calendario.sumar(confirmacion, DIAS_RESPUESTA - DIAS_RECORDATORIO_ANTES);
  }

  /** Extended deadline: {@link #DIAS_PRORROGA} business days after the original deadline. */
  static LocalDate vencimientoProrrogado(DiasHabiles calendario, LocalDate vencimientoOriginal) {
    return calendario.sumar(vencimientoOriginal, DIAS_PRORROGA);
  }

  /** Reminder of the extended deadline. */
  static LocalDate recordatorioProrroga(DiasHabiles calendario, LocalDate vencimientoOriginal) {
    return calendario.sumar(vencimientoOriginal, DIAS_PRORROGA - DIAS_RECORDATORIO_ANTES);
  }

  /**
   * Checks a new request (what the portal form sends): the one place of its rules, the conditional
   * ones included. Each error names the field of {@link FormularioArco} it is about.
   */
  static void validarSolicitud(
      String correo, DerechoArco derecho, String descripcion, String datosRectificar, TratamientoArco tratamiento) {
    if (correo == null || !CORREO.matcher(correo.trim()).matches() || correo.trim().length() > 200) {
      throw ValidacionException.enCampo("correo", "arco.error.correo-solicitud");
    }
    if (derecho == null) {
      throw ValidacionException.enCampo("derecho", "arco.error.derecho");
    }
    if (vacio(descripcion)) {
      throw ValidacionException.enCampo("descripcion", "arco.error.descripcion");
    }
    if (descripcion.length() > 4000) {
      throw ValidacionException.enCampo("descripcion", "arco.error.descripcion.largo");
    }
    if (derecho == DerechoArco.RECTIFICACION && vacio(datosRectificar)) {
      throw ValidacionException.enCampo("datosRectificar", "arco.error.rectificar");
    }
    if (derecho == DerechoArco.OPOSICION && tratamiento == null) {
      throw ValidacionException.enCampo("tratamiento", "arco.error.tratamiento");
    }
  }

  /** Checks the staff's decision on the task; returns the decision. */
  static String validarDecision(String decision, boolean prorrogada, String motivo, String respuesta) {
    if (DerechosArcoBpmn.PRORROGAR.equals(decision)) {
      if (prorrogada) {
        throw ValidacionException.de("arco.error.prorrogada");
      }
      if (vacio(motivo)) {
        throw ValidacionException.de("arco.error.motivo-prorroga");
      }
      return decision;
    }
    if (DerechosArcoBpmn.RESPONDER.equals(decision)) {
      if (vacio(respuesta)) {
        throw ValidacionException.de("arco.error.respuesta");
      }
      return decision;
    }
    throw ValidacionException.de("arco.error.decision");
  }

  /**
   * Checks the corrections of a rectification: at least one, within the column sizes. Returns them
   * by field name (nombre, telefono, municipio, organizacion), empty ones left out.
   */
  static Map<String, String> validarCorrecciones(
      String nombre, String telefono, String municipio, String organizacion) {
    Map<String, String> correcciones = new LinkedHashMap<>();
    poner(correcciones, "nombre", nombre, 200);
    poner(correcciones, "telefono", telefono, 30);
    poner(correcciones, "municipio", municipio, 120);
    poner(correcciones, "organizacion", organizacion, 300);
    if (correcciones.containsKey("telefono") && !correcciones.get("telefono").matches("[0-9 +()\\-]{7,30}")) {
      throw ValidacionException.de("arco.error.telefono-corregido");
    }
    if (correcciones.isEmpty()) {
      throw ValidacionException.de("arco.error.sin-correcciones");
    }
    return correcciones;
  }

  /** Domain of the placeholder addresses of anonymised participants (reserved: never delivered). */
  static final String DOMINIO_ANONIMO = "@anonimo.invalid";

  /** The unique placeholder address of an anonymised participant. */
  static String correoAnonimo(Long participanteId) {
    return "anonimo-" + participanteId + DOMINIO_ANONIMO;
  }

  /** Whether an address is the placeholder of an anonymised participant. */
  static boolean esCorreoAnonimo(String correo) {
    return correo != null && correo.toLowerCase(Locale.ROOT).endsWith(DOMINIO_ANONIMO);
  }

  /** Whether a public author name was the person's own name (then it is anonymised). */
  static boolean esAutoriaPersonal(String autorPublico, String nombre) {
    if (autorPublico == null || nombre == null || nombre.isBlank()) {
      return false;
    }
    return autorPublico.toLowerCase(Locale.ROOT).contains(nombre.trim().toLowerCase(Locale.ROOT));
  }

  private static void poner(Map<String, String> destino, String campo, String valor, int maximo) {
    if (vacio(valor)) {
      return;
    }
    String limpio = valor.trim();
    if (limpio.length() > maximo) {
      throw ValidacionException.de(
          "arco.error.correccion-larga", Mensajes.texto("arco.correccion." + campo), String.valueOf(maximo));
    }
    destino.put(campo, limpio);
  }

  private static boolean vacio(String texto) {
    return texto == null || texto.isBlank();
  }
}
