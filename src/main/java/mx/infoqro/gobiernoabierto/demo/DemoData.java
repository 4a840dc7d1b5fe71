package mx.infoqro.gobiernoabierto.demo;

import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Identidad;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado.TipoSujeto;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one user per role (password {@code demo}), demo agencies with their liaisons,
 * last year's edition played to the follow-up of its published plan (see {@link EdicionPasadaDemo}),
 * this year's edition played to the approval of its commitments (so every role has work waiting,
 * see {@link EdicionDemo}) and next year's edition waiting at the preparation of its call. Idempotent: a restart keeps what
 * the demo users did. The editions are beans of the demo profile too ({@link EdicionesDemoConfig}).
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  static final String CONTRASENA = "demo";

  private final Identidad identidad;
  private final SujetoObligadoService sujetos;
  private final EjercicioService ejercicios;
  private final ConsultaEjercicios consultaEjercicios;
  private final Plazos plazos;
  private final EdicionDemo edicionDemo;
  private final EdicionPasadaDemo edicionPasada;

  DemoData(
      Identidad identidad,
      SujetoObligadoService sujetos,
      EjercicioService ejercicios,
      ConsultaEjercicios consultaEjercicios,
      Plazos plazos,
      EdicionDemo edicionDemo,
      EdicionPasadaDemo edicionPasada) {
    this.edicionDemo = edicionDemo;
    this.edicionPasada = edicionPasada;
    this.identidad = identidad;
    this.sujetos = sujetos;
    this.ejercicios = ejercicios;
    this.consultaEjercicios = consultaEjercicios;
    this.plazos = plazos;
  }

  @Override
  public void run(ApplicationArguments args) {
    sujetos.registrar("salud", "Secretaría de Salud del Estado", "SESA", TipoSujeto.ESTATAL, "enlace.salud@example.mx");
    sujetos.registrar(
        "movilidad", "Agencia de Movilidad del Estado", "AMEQ", TipoSujeto.ESTATAL, "enlace.movilidad@example.mx");
    sujetos.registrar(
        "sustentable", "Secretaría de Desarrollo Sustentable", "SEDESU", TipoSujeto.ESTATAL, "enlace.sedesu@example.mx");
    sujetos.registrar("municipio-qro", "Municipio de Querétaro", "MQ", TipoSujeto.MUNICIPAL, "enlace.municipio@example.mx");

    identidad.asegurarUsuario("comision", "Claudia", "Comisión", "comision@example.mx", CONTRASENA, Grupos.COMISION);
    identidad.asegurarUsuario("pleno", "Pedro", "Pleno", "pleno@example.mx", CONTRASENA, Grupos.PLENO);
    identidad.asegurarUsuario("stl", "Sofía", "Secretariado", "stl@example.mx", CONTRASENA, Grupos.STL);
    identidad.asegurarUsuario("facilitador", "Fernando", "Facilitador", "facilitador@example.mx", CONTRASENA, Grupos.FACILITADORES);
    identidad.asegurarUsuario(
        "datos-personales", "Diana", "Datos Personales", "datos.personales@example.mx", CONTRASENA, Grupos.DATOS_PERSONALES);
    identidad.asegurarUsuario("enlace-salud", "Elena", "Enlace Salud", "enlace.salud@example.mx", CONTRASENA, "so-salud");
    identidad.asegurarUsuario(
        "enlace-movilidad", "Mario", "Enlace Movilidad", "enlace.movilidad@example.mx", CONTRASENA, "so-movilidad");
    identidad.asegurarUsuario(
        "enlace-sustentable", "Sofía", "Enlace Sustentable", "enlace.sedesu@example.mx", CONTRASENA, "so-sustentable");
    identidad.asegurarUsuario(
        "enlace-municipio-qro", "Martín", "Enlace Municipio", "enlace.municipio@example.mx", CONTRASENA, "so-municipio-qro");

    int actual = plazos.hoy().getYear();
    // Last year's edition first: registrations go to the most recent edition whose call is published
    if (consultaEjercicios.deAnio(actual).isEmpty() && consultaEjercicios.deAnio(actual - 1).isEmpty()) {
      edicionPasada.jugar(actual - 1);
      LOG.info("Demo: played edition EGA-{} to the follow-up of its published action plan", actual - 1);
    }
    if (consultaEjercicios.deAnio(actual).isEmpty()) {
      edicionDemo.hastaAprobacion(actual, "salud", "movilidad");
      LOG.info("Demo: played edition EGA-{} to the approval of its commitments", actual);
    }
    int siguiente = actual + 1;
    if (consultaEjercicios.deAnio(siguiente).isEmpty()) {
      ejercicios.iniciar(siguiente, Grupos.COMISION);
      LOG.info("Demo: started edition EGA-{} waiting at the preparation of its call", siguiente);
    }
  }
}
