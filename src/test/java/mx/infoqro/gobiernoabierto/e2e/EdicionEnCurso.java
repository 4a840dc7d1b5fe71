package mx.infoqro.gobiernoabierto.e2e;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.Motor;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioAprobarConvocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaProcess;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;

/**
 * An edition the browser tests drive through the engine as staff would (their steps are tested
 * elsewhere; here they only set the stage): its call published with the registration window open
 * today, then closed, the forum installed and a table's session programmed. The engine's clock
 * ({@link ClockUtil}, which the whole application reads) is moved to each step's day; {@link
 * #irA} leaves it there for the browser, {@link #terminar} puts it back.
 */
final class EdicionEnCurso {

  private final ProcessEngine engine;
  private final Motor motor;
  private final MesaRepository mesas;
  private final ZonedDateTime inicio;
  private final Ejercicio ejercicio;

  /** Starts and publishes the edition of {@code anio}: its registration opened three days ago. */
  EdicionEnCurso(ProcessEngine engine, EjercicioService ejercicios, MesaRepository mesas, int anio) {
    this.engine = engine;
    this.motor = new Motor(engine);
    this.mesas = mesas;
    // The proposed draft opens the registration 7 days after it is written and closes it 30 days later
    this.inicio = ZonedDateTime.now(java.time.ZoneId.of("America/Mexico_City")).minusDays(10).with(LocalTime.of(9, 0));
    irA(0);
    this.ejercicio = ejercicios.iniciar(anio, "comision");
    motor.completar(pi(), EjercicioProcess.TASK_PREPARAR_CONVOCATORIA, "comision", Variables.createVariables());
    motor.completar(
        pi(),
        EjercicioProcess.TASK_APROBAR_CONVOCATORIA,
        "pleno",
        Formularios.variables(
            new FormularioAprobarConvocatoria(
                null, null, null, null, null, null, null, null, null, null, null, EjercicioProcess.APROBAR, null)));
    motor.ejecutar(pi(), EjercicioProcess.TASK_PUBLICAR_CONVOCATORIA);
    terminar();
  }

  Ejercicio ejercicio() {
    return ejercicio;
  }

  /** Closes the registration (reminder and close timers), forms the tables, installs the forum. */
  void cerrarRegistroEInstalarStl() {
    irA(34);
    motor.ejecutar(pi(), EjercicioProcess.TIMER_RECORDATORIO_REGISTRO);
    motor.ejecutar(pi(), EjercicioProcess.TASK_RECORDAR_REGISTRO);
    irA(38);
    motor.ejecutar(pi(), EjercicioProcess.TIMER_CIERRE_REGISTRO);
    irA(44);
    motor.completar(pi(), EjercicioProcess.TASK_INSTALAR_STL, "comision", stl(inicio.plusDays(44).toLocalDate()));
  }

  /** The installed table of the edition (there is one: the tests register on one axis). */
  Mesa mesaInstalada() {
    return mesas.findByEjercicioIdOrderById(ejercicio.getId()).stream()
        .filter(m -> m.getEstado() == Mesa.EstadoMesa.INSTALADA)
        .findFirst()
        .orElseThrow();
  }

  /** The facilitator programs one session of the table, {@code dia} days after the start. */
  void programarSesion(Mesa mesa, int dia, String lugar) {
    OffsetDateTime sesion = inicio.plusDays(dia).with(LocalTime.of(10, 0)).toOffsetDateTime();
    motor.completar(
        motor.instancia(MesaProcess.KEY, mesa.getFolio()),
        MesaProcess.TASK_PROGRAMAR_SESIONES,
        "facilitador",
        FormulariosMesaPrueba.programarSesiones(FormulariosMesaPrueba.sesion(sesion, lugar, null)));
  }

  /** Sets the application's clock to {@code dias} after the start, 9:00, and leaves it there. */
  void irA(int dias) {
    ClockUtil.setCurrentTime(Date.from(inicio.plusDays(dias).toInstant()));
  }

  /** Back to the real clock. */
  void terminar() {
    ClockUtil.reset();
  }

  /** Executes every job that is due now (timers due, async continuations such as mail delivery). */
  void ejecutarPendientes() {
    for (int vuelta = 0; vuelta < 10; vuelta++) {
      List<Job> pendientes =
          engine.getManagementService().createJobQuery().executable().withRetriesLeft().list();
      if (pendientes.isEmpty()) {
        return;
      }
      pendientes.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  private String pi() {
    return ejercicio.getProcessInstanceId();
  }

  private static Map<String, Object> stl(LocalDate fecha) {
    return Formularios.variables(
        new FormularioInstalarStl(
            fecha,
            List.of(
                new Integrante("Comisionada presidenta", SectorStl.COMISION, "Comisión", null),
                new Integrante("Enlace de prueba", SectorStl.GOBIERNO, "Dependencia", null),
                new Integrante("Persona de la sociedad civil", SectorStl.SOCIEDAD_CIVIL, "Colectivo", null)),
            "El Secretariado sesiona cada mes y decide por consenso.",
            "Declaración conjunta firmada por la Comisión, el gobierno y la sociedad civil."));
  }
}
