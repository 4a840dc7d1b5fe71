package mx.infoqro.gobiernoabierto.mesa;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;
import mx.infoqro.gobiernoabierto.notificacion.Notificador.Adjunto;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * The one place that writes the calendar file (iCalendar, .ics) of table sessions: used by the
 * invitation mail (as its attachment) and by the download on the participant's personal page. Each
 * session is one VEVENT with a stable UID ({@code sesion-<id>@<site host>}, so a calendar updates
 * instead of duplicating), start and end in the commission's time zone with its VTIMEZONE, the place
 * or the online link, and a Spanish summary. Sessions have no set length: {@link #DURACION} is used.
 */
@Component
public class CalendarioSesiones {

  /** The content type of the file. */
  public static final String TIPO = "text/calendar; charset=UTF-8; method=PUBLISH";

  /** Assumed length of a session. */
  public static final Duration DURACION = Duration.ofHours(2);

  private final ZoneId zona;
  private final String sitio;
  private final TimeZoneRegistry zonas = TimeZoneRegistryFactory.getInstance().createRegistry();

  CalendarioSesiones(GobiernoAbiertoProperties propiedades, Organismo organismo) {
    this.zona = propiedades.zonaHoraria();
    this.sitio = organismo.getSitio();
  }

  /** The calendar of the sessions (of one or more tables; entities read in the caller's transaction). */
  public String generar(List<Sesion> sesiones) {
    Calendar calendario = new Calendar();
    calendario.add(new ProdId("-//Gobierno Abierto//Sesiones de mesas de co-creación//ES"));
    calendario.add(ImmutableVersion.VERSION_2_0);
    calendario.add(ImmutableCalScale.GREGORIAN);
    calendario.add(ImmutableMethod.PUBLISH);
    calendario.add(zonas.getTimeZone(zona.getId()).getVTimeZone());
    for (Sesion s : sesiones) {
      calendario.add(evento(s));
    }
    return escribir(calendario);
  }

  /** The calendar file of a session of the forum (STL) as a mail attachment: same zone, UID scheme and length. */
  public Adjunto adjunto(SesionStl s) {
    Calendar calendario = new Calendar();
    calendario.add(new ProdId("-//Gobierno Abierto//Sesiones del STL//ES"));
    calendario.add(ImmutableVersion.VERSION_2_0);
    calendario.add(ImmutableCalScale.GREGORIAN);
    calendario.add(ImmutableMethod.PUBLISH);
    calendario.add(zonas.getTimeZone(zona.getId()).getVTimeZone());
    ZonedDateTime inicio = s.getFechaHora().atZoneSameInstant(zona);
    String folio = s.getEjercicio().getFolio();
    VEvent evento =
        new VEvent(inicio, inicio.plus(DURACION), Mensajes.texto("stl.calendario.resumen", String.valueOf(s.getNumero()), folio));
    evento.add(new Uid("sesion-stl-" + s.getId() + "@" + host()));
    String pagina = sitio + "/estandares/" + folio;
    evento.add(new Location(s.getLugar() != null ? s.getLugar() : Mensajes.texto("mesa.calendario.en-linea", s.getEnlace())));
    evento.add(new Url(uri(s.getEnlace() != null ? s.getEnlace() : pagina)));
    evento.add(new Description(Mensajes.texto("stl.calendario.descripcion", folio, s.getOrdenDia(), pagina)));
    evento.add(ImmutableStatus.VEVENT_CONFIRMED);
    calendario.add(evento);
    return new Adjunto("sesion-stl-" + s.getNumero() + "-" + folio + ".ics", TIPO, escribir(calendario));
  }

  private static String escribir(Calendar calendario) {
    StringWriter salida = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendario, salida);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the sessions calendar", e);
    }
    return salida.toString();
  }

  /** The calendar of the sessions as a mail attachment. */
  public Adjunto adjunto(List<Sesion> sesiones) {
    return new Adjunto(nombreArchivo(sesiones), TIPO, generar(sesiones));
  }

  /** File name: {@code sesion-<n>-<table folio>.ics} for one session, {@code sesiones-<folio>.ics} otherwise. */
  public static String nombreArchivo(List<Sesion> sesiones) {
    Sesion primera = sesiones.get(0);
    String folio = primera.getMesa().getFolio();
    return sesiones.size() == 1 ? "sesion-" + primera.getNumero() + "-" + folio + ".ics" : "sesiones-" + folio + ".ics";
  }

  private VEvent evento(Sesion s) {
    Mesa mesa = s.getMesa();
    ZonedDateTime inicio = s.getFechaHora().atZoneSameInstant(zona);
    String numero = String.valueOf(s.getNumero());
    VEvent evento =
        new VEvent(
            inicio, inicio.plus(DURACION), Mensajes.texto("mesa.calendario.resumen", numero, mesa.getEje().getNombre()));
    evento.add(new Uid("sesion-" + s.getId() + "@" + host()));
    String paginaMesa = sitio + "/mesas/" + mesa.getId();
    evento.add(
        new Location(s.getLugar() != null ? s.getLugar() : Mensajes.texto("mesa.calendario.en-linea", s.getEnlace())));
    evento.add(new Url(uri(s.getEnlace() != null ? s.getEnlace() : paginaMesa)));
    evento.add(
        new Description(
            s.getEnlace() != null
                ? Mensajes.texto("mesa.calendario.descripcion-en-linea", mesa.getFolio(), s.getEnlace(), paginaMesa)
                : Mensajes.texto("mesa.calendario.descripcion", mesa.getFolio(), paginaMesa)));
    evento.add(s.getEstado() == EstadoSesion.CANCELADA ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    return evento;
  }

  private String host() {
    URI uri = uri(sitio);
    return uri != null && uri.getHost() != null ? uri.getHost() : "gobierno-abierto.local";
  }

  private static URI uri(String texto) {
    try {
      return new URI(texto.trim());
    } catch (URISyntaxException e) {
      return URI.create("about:blank");
    }
  }
}
