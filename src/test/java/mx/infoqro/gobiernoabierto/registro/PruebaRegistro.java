package mx.infoqro.gobiernoabierto.registro;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the registration tests: a new edition whose call is published (the portal's current
 * edition: Escenarios gives each edition a later year) and the engine clock moved into or around
 * its registration window (1 February to 3 March of the edition's year, Escenarios' call).
 */
abstract class PruebaRegistro extends PruebaIntegracion {

  static final ZoneId ZONA = ZoneId.of("America/Mexico_City");
  private static final Pattern ENLACE = Pattern.compile("https?://\\S+/(registro/confirmar|mi-participacion)/([A-Za-z0-9_-]+)");

  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired ParticipanteRepository participantes;
  @Autowired RegistroRepository registros;
  @Autowired NotificacionRepository notificaciones;
  @Autowired RegistroService servicio;
  @Autowired ConfirmacionRegistro confirmacion;
  @Autowired TransactionTemplate tx;

  /** A published edition with its window open now (clock at the 10th day of the window). */
  Ejercicio edicionAbierta() {
    Ejercicio e = publicada();
    reloj(apertura(e).plusDays(9), LocalTime.NOON);
    return e;
  }

  /** A new edition whose call is published (clock untouched). */
  Ejercicio publicada() {
    Ejercicio e = escenarios.ejercicio();
    tx.executeWithoutResult(
        s -> {
          Convocatoria c = convocatorias.findByEjercicioId(e.getId()).orElseThrow();
          c.setEstado(Convocatoria.EstadoConvocatoria.PUBLICADA);
          c.setVersion(1);
          c.setPublicada(java.time.Instant.now());
        });
    return e;
  }

  LocalDate apertura(Ejercicio e) {
    return LocalDate.of(e.getAnio(), 2, 1);
  }

  LocalDate cierre(Ejercicio e) {
    return apertura(e).plusDays(30);
  }

  /** comision's rejection of a liaison, with its reason, as the form submits it. */
  static java.util.Map<String, Object> rechazo(String motivo) {
    return mx.infoqro.gobiernoabierto.comun.Formularios.variables(
        FormularioValidarEnlace.decision(RegistroParticipanteBpmn.RECHAZADO, motivo));
  }

  /** A date as the portal and the mails write it: "3 de marzo de 2101". */
  static String fecha(LocalDate dia) {
    return dia.format(java.time.format.DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", java.util.Locale.forLanguageTag("es-MX")));
  }

  void reloj(LocalDate dia, LocalTime hora) {
    motor.avanzarA(ZonedDateTime.of(dia, hora, ZONA));
  }

  /** Valid data of a civil-society organisation on the given axes. */
  static DatosRegistro datos(String correo, String... ejes) {
    return new DatosRegistro(
        "Ana Martínez", correo, "442 123 4567", Sector.ORGANIZACION, "Red Ciudadana", null, "Querétaro",
        List.of(ejes.length == 0 ? new String[] {"anticorrupcion"} : ejes), "MUJER", true);
  }

  /** Valid data of an agency liaison. */
  static DatosRegistro datosEnlace(String correo, Long sujetoId) {
    return new DatosRegistro(
        "Luis Enlace", correo, null, Sector.GOBIERNO, null, sujetoId, "Corregidora", List.of("anticorrupcion"), null, true);
  }

  /** The messages queued to an address in an edition, oldest first. */
  List<Notificacion> correos(Ejercicio e, String correo) {
    return notificaciones.findByFolioOrderById(e.getFolio()).stream()
        .filter(n -> correo.equals(n.getDestinatarioCorreo()))
        .toList();
  }

  /** The token of the personal link in a message body. */
  static String token(String cuerpo) {
    Matcher m = ENLACE.matcher(cuerpo);
    if (!m.find()) {
      throw new AssertionError("No link in: " + cuerpo);
    }
    return m.group(2);
  }

  /** The path (from /registro or /mi-participacion) of the personal link in a message body. */
  static String ruta(String cuerpo) {
    Matcher m = ENLACE.matcher(cuerpo);
    if (!m.find()) {
      throw new AssertionError("No link in: " + cuerpo);
    }
    return "/" + m.group(1) + "/" + m.group(2);
  }

  long participantesDe(Ejercicio e) {
    return participantes.findAll().stream().filter(p -> p.getEjercicio().getId().equals(e.getId())).count();
  }
}
