package mx.infoqro.gobiernoabierto.e2e;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import mx.infoqro.gobiernoabierto.demo.PasosDemo;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;

/**
 * An edition the browser tests drive through the engine as staff would, with the demo's own steps
 * ({@link PasosDemo}, a bean of the demo profile the browser tests run: their forms are tested
 * elsewhere; here they only set the stage): its call published with the registration window open
 * today, then closed, the forum installed and a table's session programmed. The engine's clock (which the whole application reads) is moved to each step's day; {@link #irA} leaves it there for the browser, {@link
 * #terminar} puts it back.
 */
final class EdicionEnCurso {

  private final PasosDemo pasos;
  private final MesaRepository mesas;
  private final ZonedDateTime inicio;
  private final Ejercicio ejercicio;

  /** Starts and publishes the edition of {@code anio}: its registration opened three days ago. */
  EdicionEnCurso(PasosDemo pasos, MesaRepository mesas, int anio) {
    this.pasos = pasos;
    this.mesas = mesas;
    // The proposed draft opens the registration 7 days after it is written and closes it 30 days later
    this.inicio = ZonedDateTime.now(ZoneId.of("America/Mexico_City")).minusDays(10).with(LocalTime.of(9, 0));
    this.ejercicio = pasos.convocatoriaPublicada(anio, inicio);
    terminar();
  }

  Ejercicio ejercicio() {
    return ejercicio;
  }

  /** Closes the registration (reminder and close timers), forms the tables, installs the forum. */
  void cerrarRegistroEInstalarStl() {
    pasos.cerrarRegistroEInstalarStl(ejercicio.getProcessInstanceId(), inicio);
  }

  /** The installed table of the edition (there is one: the tests register on one axis). */
  Mesa mesaInstalada() {
    return mesas.findByEjercicioIdOrderById(ejercicio.getId()).stream()
        .filter(m -> m.getEstado() == Mesa.EstadoMesa.INSTALADA)
        .findFirst()
        .orElseThrow();
  }

  /** The facilitator programs one session of the table, {@code dia} days after the start, at 10:00. */
  void programarSesion(Mesa mesa, int dia, String lugar) {
    pasos.programarSesion(mesa, inicio.plusDays(dia).with(LocalTime.of(10, 0)).toOffsetDateTime(), lugar);
  }

  /** Sets the application's clock to {@code dias} after the start, 9:00, and leaves it there. */
  void irA(int dias) {
    pasos.motor().avanzarA(inicio.plusDays(dias));
  }

  /** Back to the real clock. */
  void terminar() {
    pasos.motor().relojReal();
  }
}
