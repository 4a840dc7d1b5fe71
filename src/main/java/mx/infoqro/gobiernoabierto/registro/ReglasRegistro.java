package mx.infoqro.gobiernoabierto.registro;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a registration, without Spring: each broken rule is a field and the key of its
 * Spanish message ({@code registro.error.*} in messages.properties). The lists the form offers
 * (municipalities, genders) live here too.
 */
public final class ReglasRegistro {

  /** Querétaro's 18 municipalities, then "another state". */
  public static final List<String> MUNICIPIOS =
      List.of(
          "Amealco de Bonfil", "Arroyo Seco", "Cadereyta de Montes", "Colón", "Corregidora", "El Marqués",
          "Ezequiel Montes", "Huimilpan", "Jalpan de Serra", "Landa de Matamoros", "Pedro Escobedo",
          "Peñamiller", "Pinal de Amoles", "Querétaro", "San Joaquín", "San Juan del Río", "Tequisquiapan",
          "Tolimán", "Otro estado");

  /** Values of the optional gender (labels: {@code registro.genero.<valor>}). */
  public static final List<String> GENEROS = List.of("MUJER", "HOMBRE", "NO_BINARIO", "OTRO", "PREFIERO_NO_DECIR");

  /** A practical e-mail format: something@domain.tld, no spaces. */
  private static final Pattern CORREO = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

  /** Digits, spaces, +, -, parentheses; 10 to 15 digits. */
  private static final Pattern TELEFONO = Pattern.compile("^[0-9 +()\\-]{10,25}$");

  private ReglasRegistro() {}

  /** A broken rule: the form field and the key of its message. */
  public record Error(String campo, String clave) {}

  /**
   * Every broken rule of the data, given the claves of the axes the edition offers and the ids of
   * the agencies a liaison can choose. Empty when the registration can be stored.
   */
  public static List<Error> validar(DatosRegistro d, Collection<String> ejesOfrecidos, Collection<Long> sujetos) {
    List<Error> errores = new ArrayList<>();
    if (d.nombre() == null) {
      errores.add(new Error("nombre", "registro.error.nombre"));
    } else if (d.nombre().length() > 200) {
      errores.add(new Error("nombre", "registro.error.nombre-largo"));
    }
    if (d.correo() == null) {
      errores.add(new Error("correo", "registro.error.correo"));
    } else if (!correoValido(d.correo())) {
      errores.add(new Error("correo", "registro.error.correo-formato"));
    }
    if (d.telefono() != null && !telefonoValido(d.telefono())) {
      errores.add(new Error("telefono", "registro.error.telefono"));
    }
    if (d.sector() == null) {
      errores.add(new Error("sector", "registro.error.sector"));
    } else if (d.sector() == Sector.GOBIERNO) {
      if (d.sujetoObligadoId() == null || !sujetos.contains(d.sujetoObligadoId())) {
        errores.add(new Error("sujetoObligadoId", "registro.error.sujeto"));
      }
    } else if (requiereOrganizacion(d.sector()) && d.organizacion() == null) {
      errores.add(new Error("organizacion", "registro.error.organizacion"));
    }
    if (d.organizacion() != null && d.organizacion().length() > 300) {
      errores.add(new Error("organizacion", "registro.error.organizacion-larga"));
    }
    if (d.municipio() == null || !MUNICIPIOS.contains(d.municipio())) {
      errores.add(new Error("municipio", "registro.error.municipio"));
    }
    if (d.ejes().isEmpty() || !ejesOfrecidos.containsAll(d.ejes())) {
      errores.add(new Error("ejes", "registro.error.ejes"));
    }
    if (d.genero() != null && !GENEROS.contains(d.genero())) {
      errores.add(new Error("genero", "registro.error.genero"));
    }
    if (!d.consentimiento()) {
      errores.add(new Error("consentimiento", "registro.error.consentimiento"));
    }
    return errores;
  }

  /** Longest reason of a liaison's rejection (the form's maxLength): it is mailed to the person. */
  public static final int MAXIMO_MOTIVO_RECHAZO = 2000;

  /**
   * The key of the message of comision's decision on a liaison ({@link
   * RegistroParticipanteBpmn#VALIDADO} or {@link RegistroParticipanteBpmn#RECHAZADO} with its
   * reason), or null when it can be recorded.
   */
  public static String revisarValidacion(String decision, String motivo) {
    if (!RegistroParticipanteBpmn.VALIDADO.equals(decision) && !RegistroParticipanteBpmn.RECHAZADO.equals(decision)) {
      return "registro.validacion.error.decision";
    }
    if (RegistroParticipanteBpmn.RECHAZADO.equals(decision) && motivo == null) {
      return "registro.validacion.error.motivo";
    }
    if (motivo != null && motivo.length() > MAXIMO_MOTIVO_RECHAZO) {
      return "registro.validacion.error.motivo-largo";
    }
    return null;
  }

  /** Organisations, academia and companies register on behalf of their organisation. */
  public static boolean requiereOrganizacion(Sector sector) {
    return sector == Sector.ORGANIZACION || sector == Sector.ACADEMIA || sector == Sector.EMPRESA;
  }

  /** The e-mail as stored and compared: trimmed and in lower case. */
  public static String normalizarCorreo(String correo) {
    return correo == null ? null : correo.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether an address has the practical e-mail format and fits its column (200 characters). */
  public static boolean correoValido(String correo) {
    return correo != null && correo.length() <= 200 && CORREO.matcher(correo).matches();
  }

  private static boolean telefonoValido(String telefono) {
    if (!TELEFONO.matcher(telefono).matches()) {
      return false;
    }
    long digitos = telefono.chars().filter(Character::isDigit).count();
    return digitos >= 10 && digitos <= 15;
  }
}
