package mx.infoqro.gobiernoabierto.demo;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlProcesos;
import mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn;

/**
 * The forum (STL) of last year's edition during its plan ({@link EdicionPasadaDemo}): it meets
 * with civil society after the first quarter and once more five months and ten days before the
 * demo's today, so when the demo starts the forum's standard is at risk and the cadence watch's
 * warning waits for {@code comision} in Tasklist (minimum requirement 5.1 met: two meetings).
 *
 * <p>Not a component: a bean of the demo profile only ({@link EdicionesDemoConfig}).
 */
class ForoDemo {

  /** Days between the last session and the demo's today, beyond five months. */
  static final int DIAS_MAS_DE_CINCO_MESES = 10;

  private final Motor motor;
  private final SesionesStlProcesos sesiones;
  private final Plazos plazos;

  ForoDemo(PasosDemo pasos, SesionesStlProcesos sesiones, Plazos plazos) {
    this.motor = pasos.motor();
    this.sesiones = sesiones;
    this.plazos = plazos;
  }

  /**
   * After the follow-up's quarter {@code trimestre} of a plan whose demo "today" is {@code hoyDemo}
   * (the engine clock is still in the past): the forum's sessions of the plan.
   */
  void despuesDelTrimestre(Ejercicio ejercicio, int trimestre, java.time.LocalDate hoyDemo) {
    if (trimestre == 0) {
      sesion(ejercicio, plazos.ahora().plusDays(2), "1. Avance del primer trimestre del plan.\n2. Comentarios de la sociedad civil.");
    } else if (trimestre == 1) {
      ZonedDateTime segunda = hoyDemo.minusMonths(5).minusDays(DIAS_MAS_DE_CINCO_MESES).atTime(LocalTime.of(10, 0))
          .atZone(plazos.ahora().getZone());
      motor.avanzarA(segunda.minusDays(3));
      sesion(ejercicio, segunda, "1. Avance del segundo trimestre del plan.\n2. Compromisos con retraso.");
    }
  }

  /** At the end of the play: the cadence watch looks again on every date already passed (the plan year's end). */
  void revisar(Ejercicio ejercicio) {
    motor.dispararTimersHasta(motor.instancia(VigilanciaEstandaresBpmn.KEY, ejercicio.getFolio()), plazos.instante());
  }

  /** A session of the forum at {@code cuando}, held with the three parties; its minutes published. */
  private void sesion(Ejercicio ejercicio, ZonedDateTime cuando, String ordenDia) {
    String pi = sesiones.iniciar(ejercicio.getId()).getId();
    motor.completar(pi, SesionStlBpmn.TASK_PROGRAMAR_SESION_STL, "comision", Formularios.variables(
        FormularioProgramarSesionStl.programar(ejercicio.getId(), cuando.toOffsetDateTime(), "Sala de Plenos de la Comisión", null, ordenDia)));
    motor.avanzarA(cuando.plusHours(3));
    motor.completar(pi, SesionStlBpmn.TASK_REGISTRAR_SESION_STL, "comision", Formularios.variables(
        FormularioRegistrarSesionStl.registro(1, 1, 1,
            "Comisionada presidenta (Comisión); Elena Enlace Salud (SESA); Ana López (Red Ciudadana Querétaro)",
            "1. Las dependencias presentarán el avance de sus compromisos en la siguiente sesión.",
            "El Secretariado Técnico Local revisó con la sociedad civil el avance del plan de acción y aprobó esta acta.")));
    motor.ejecutar(pi, SesionStlBpmn.TASK_PUBLICAR_ACTA_STL);
  }
}
