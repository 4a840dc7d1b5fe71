package mx.infoqro.gobiernoabierto.bench;

import mx.infoqro.gobiernoabierto.notificacion.DespachoCorreos;
import mx.infoqro.gobiernoabierto.demo.ServidorCorreoEmbebido;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos.CompromisoRedactado;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCompromisoStl;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesiones;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesion;
import mx.infoqro.gobiernoabierto.mesa.FormularioResponderPropuestas;
import mx.infoqro.gobiernoabierto.mesa.MesaService;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematicoRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.PropuestaRepository;
import mx.infoqro.gobiernoabierto.mesa.SesionRepository;
import mx.infoqro.gobiernoabierto.operacion.AplicacionExterna;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.RegistroRepository;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.ValoresFormulario;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * B1 lifecycle: one edition at ten times real size on an H2 file (the embedded default, durable
 * commits), driven through the engine API, the forms' listeners, the delegates and the services as
 * staff and the job executor would: 2,000 registrations (written as the portal does, like the demo
 * driver; the portal itself is B2's subject), 6 tables with 50 proposals each answered, 100
 * commitments through STL review, acceptance and Pleno approval, the plan signed, 8 report rounds
 * per commitment (report, verification, publication), evaluation and the final report; every mail
 * delivered to an embedded SMTP server. Then, in the same JVM, a bare one-user-task process is
 * started and completed as many times, and the cost of a user-task step in both is compared two ways:
 * the whole edition's time divided by its user tasks (everything else, mail and timers included,
 * charged to them), and the time of the user-task steps themselves (claim and form submission up to
 * the next wait state, listeners and synchronous delegates included). Also prints where the time
 * went by phase and by kind of step, and the JVM's resident memory afterwards (B3's memory figure).
 */
@Tag("bench")
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:file:./target/bench/b1/ga-${random.uuid};WRITE_DELAY=0;${gobierno-abierto.h2-ajustes}",
      "logging.level.mx.infoqro=warn"
    })
@ActiveProfiles("test")
class CicloVidaBench {

  static final int REGISTROS = 2000;
  static final int PROPUESTAS_POR_MESA = 50;
  static final int COMPROMISOS = 100;
  static final int RONDAS = 8;
  private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");
  private static final DateTimeFormatter FECHA_HORA_FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

  @Autowired ProcessEngine engine;
  @Autowired Motor motor;
  @Autowired DespachoCorreos despacho;
  @Autowired EjercicioService ejercicios;
  @Autowired EjercicioRepository ejercicioRepository;
  @Autowired EjeTematicoRepository ejes;
  @Autowired SujetoObligadoService sujetos;
  @Autowired ParticipanteRepository participantes;
  @Autowired RegistroRepository registros;
  @Autowired MesaRepository mesas;
  @Autowired SesionRepository sesiones;
  @Autowired PropuestaRepository propuestas;
  @Autowired CompromisoRepository compromisos;
  @Autowired TransactionTemplate tx;
  @Autowired JavaMailSender mailSender;
  @Autowired javax.sql.DataSource dataSource;

  private static final Path BASES = Path.of("target", "bench", "b1");

  private ZonedDateTime inicio;
  private long pasosUsuario;
  /** Wall-clock seconds of each phase of the edition, in order, to see where B1's time goes. */
  private final Map<String, Double> fases = new LinkedHashMap<>();
  private long finFaseAnterior;
  /** Nanoseconds spent completing user tasks (claim and form submission, up to the next wait state). */
  private long nanosTareas;
  /** Timers fired, async continuations run, queued mail delivered: their nanoseconds and counts. */
  private long nanosTimers;
  private long timers;
  private long nanosAsincronos;
  private long asincronos;
  private long nanosCorreo;
  /** The embedded mail server and the messages it received (deleted as they are counted). */
  private GreenMail smtp;
  private int correos;
  private int despachos;

  @AfterEach
  void reloj() {
    motor.relojReal();
  }

  @Test
  void oneEditionAtTenTimesRealSize() throws Exception {
    // Answers as a mail server such as Postfix does, without GreenMail's 40 ms per connection
    smtp = new ServidorCorreoEmbebido(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    ((JavaMailSenderImpl) mailSender).setHost("127.0.0.1");
    ((JavaMailSenderImpl) mailSender).setPort(smtp.getSmtp().getPort());
    Bench.encabezado("B1 lifecycle (" + REGISTROS + " registrations, 6 tables, " + COMPROMISOS + " commitments, " + RONDAS + " report rounds)");
    long actividadesAntes = engine.getHistoryService().createHistoricActivityInstanceQuery().count();
    long t0 = System.nanoTime();
    finFaseAnterior = t0;
    Ejercicio ejercicio = edicion();
    double segundos = (System.nanoTime() - t0) / 1e9;
    long pasos = engine.getHistoryService().createHistoricActivityInstanceQuery().count() - actividadesAntes;
    vaciarBuzones();
    smtp.stop();

    // The same JVM, a bare process with one user task, as many times as B1 completed user tasks
    double porTareaBase = base((int) Math.min(pasosUsuario, 2000));
    double porTarea = segundos * 1000 / pasosUsuario;
    Bench.informar(
        "B1 %s: %.1f s, %d engine steps (activity instances), %d user tasks, %d mails; %.2f ms per user-task step (the whole edition's time divided by its user tasks)",
        ejercicio.getFolio(), segundos, pasos, pasosUsuario, correos, porTarea);
    Bench.informar(
        "B1 bare one-user-task process (start + complete) in the same JVM: %.2f ms; ratio of the edition per user task %.2f",
        porTareaBase, porTarea / porTareaBase);
    StringBuilder porFase = new StringBuilder();
    fases.forEach((fase, s) -> porFase.append(porFase.isEmpty() ? "" : ", ").append(String.format("%s %.1f s", fase, s)));
    Bench.informar("B1 phases: %s", porFase);
    double porTareaDirecta = nanosTareas / 1e6 / pasosUsuario;
    Bench.informar(
        "B1 by kind of step: user tasks %.1f s (%.2f ms each, ratio %.2f to the bare process), %d timers %.1f s, %d async continuations %.1f s, mail delivery %.1f s, the rest (registrations written, look-ups) %.1f s",
        nanosTareas / 1e9, porTareaDirecta, porTareaDirecta / porTareaBase, timers, nanosTimers / 1e9, asincronos, nanosAsincronos / 1e9,
        nanosCorreo / 1e9, segundos - (nanosTareas + nanosTimers + nanosAsincronos + nanosCorreo) / 1e9);
    Bench.informar("B1 resident memory of this JVM afterwards: %d MiB", AplicacionExterna.residenteMiB(ProcessHandle.current().pid()));
    // H2 keeps the chunks that commits free for its retention time (45 s) before reusing them: each
    // run leaves a file of gigabytes. This run's is kept for a look, those of earlier runs deleted.
    String url;
    try (var conexion = dataSource.getConnection()) {
      url = conexion.getMetaData().getURL();
    }
    try (var archivos = Files.list(BASES)) {
      for (Path archivo : archivos.toList()) {
        String nombre = archivo.getFileName().toString(); // ga-<uuid>.mv.db, ga-<uuid>.trace.db
        if (!url.contains(nombre.substring(0, nombre.indexOf('.')))) {
          Files.deleteIfExists(archivo);
        } else if (nombre.endsWith(".mv.db")) {
          Bench.informar("B1 H2 file afterwards: %d MiB", archivo.toFile().length() >> 20);
        }
      }
    }
    assertThat(ejercicioRepository.findById(ejercicio.getId()).orElseThrow().getEstado()).isEqualTo(Ejercicio.EstadoEjercicio.CERRADO);
  }

  /** One staff user with e-mail per group, so every group's mail has a recipient (as in the demo). */
  private void personal() {
    var identidad = engine.getIdentityService();
    for (String grupo : List.of("comision", "pleno", "stl", "facilitadores", "datos-personales")) {
      if (identidad.createGroupQuery().groupId(grupo).count() == 0) {
        var g = identidad.newGroup(grupo);
        g.setName(grupo);
        g.setType("WORKFLOW");
        identidad.saveGroup(g);
      }
      String usuario = "b1-" + grupo;
      if (identidad.createUserQuery().userId(usuario).count() == 0) {
        var u = identidad.newUser(usuario);
        u.setFirstName("B1");
        u.setLastName(grupo);
        u.setEmail(usuario + "@bench.example");
        u.setPassword("b1-" + grupo + "-clave");
        identidad.saveUser(u);
        identidad.createMembership(usuario, grupo);
      }
    }
  }

  private Ejercicio edicion() {
    personal();
    inicio = ZonedDateTime.now(ZONA).with(LocalTime.of(9, 0));
    irA(0);
    LocalDate hoy = inicio.toLocalDate();
    int anio = 2200 + (int) (System.currentTimeMillis() / 1000 % 700);
    Ejercicio ejercicio = ejercicios.iniciar(anio, "comision");
    String pi = ejercicio.getProcessInstanceId();
    // 1. The call, with a plan of two years: eight report periods of three months
    completar(
        pi,
        EjercicioBpmn.TASK_PREPARAR_CONVOCATORIA,
        "comision",
        Variables.createVariables()
            .putValue("fechaAperturaRegistro", hoy.plusDays(1).toString())
            .putValue("fechaCierreRegistro", hoy.plusDays(30).toString())
            .putValue("fechaInicioCocreacion", hoy.plusDays(45).toString())
            .putValue("fechaFinCocreacion", hoy.plusDays(120).toString())
            .putValue("fechaLimiteAprobacion", hoy.plusDays(150).toString())
            .putValue("fechaInicioPlan", hoy.plusDays(180).toString())
            .putValue("fechaFinPlan", hoy.plusDays(180).plusYears(2).minusDays(1).toString()));
    completar(pi, EjercicioBpmn.TASK_APROBAR_CONVOCATORIA, "pleno", Variables.putValue(EjercicioBpmn.VAR_DECISION_CONVOCATORIA, EjercicioBpmn.APROBAR));
    ejecutarAsincronos();
    fase("call");

    // 2. 2,000 registrations on the six axes, each axis with agencies' liaisons, then the close
    List<EjeTematico> todos = ejes.findByActivoTrueOrderByOrden();
    List<SujetoObligado> dependencias = new ArrayList<>();
    for (int i = 0; i < todos.size(); i++) {
      String clave = "b1-" + anio + "-" + i;
      dependencias.add(sujetos.registrar(clave, "Dependencia " + clave, "B1" + i, SujetoObligado.TipoSujeto.ESTATAL, clave + "@bench.example"));
    }
    irA(5);
    fase("agencies");
    for (int lote = 0; lote < REGISTROS / 100; lote++) {
      int base = lote * 100;
      tx.executeWithoutResult(
          s -> {
            for (int n = base; n < base + 100; n++) {
              int e = n % todos.size();
              registrar(ejercicio, n, todos.get(e), n < todos.size() * 3 ? dependencias.get(e) : null);
            }
          });
    }
    fase("registrations");
    disparar(pi, EjercicioBpmn.TIMER_RECORDATORIO_REGISTRO);
    ejecutarAsincronos();
    fase("reminder");
    disparar(pi, EjercicioBpmn.TIMER_CIERRE_REGISTRO);
    ejecutarAsincronos();
    fase("close of registration");
    irA(44);
    completar(pi, EjercicioBpmn.TASK_INSTALAR_STL, "comision", stl(inicio.plusDays(44).toLocalDate()));
    ejecutarAsincronos();
    fase("forum");

    // 3. Six tables: a session with 50 proposals each, every proposal answered, the drafts
    List<Mesa> instaladas =
        mesas.findByEjercicioIdOrderById(ejercicio.getId()).stream().filter(m -> m.getEstado() == Mesa.EstadoMesa.INSTALADA).toList();
    assertThat(instaladas).hasSize(6);
    int restantes = COMPROMISOS;
    for (int m = 0; m < instaladas.size(); m++) {
      Mesa mesa = instaladas.get(m);
      SujetoObligado responsable = dependencias.get(m);
      String piMesa = instancia(MesaBpmn.KEY, mesa.getFolio());
      irA(52);
      OffsetDateTime sesion = inicio.plusDays(60).with(LocalTime.of(10, 0)).toOffsetDateTime();
      completar(
          piMesa,
          MesaBpmn.TASK_PROGRAMAR_SESIONES,
          "facilitador",
          Formularios.variables(
              FormularioProgramarSesiones.programar(new SesionesMesa.NuevaSesion(sesion, "Sala " + m, null))));
      ejecutarAsincronos();
      irA(60);
      Long sesionId = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0).getId();
      completar(piMesa, MesaBpmn.TASK_REGISTRAR_SESION, "facilitador", sesion(sesionId));
      irA(70);
      List<Propuesta> recibidas = propuestas.findByMesaIdOrderById(mesa.getId());
      assertThat(recibidas).hasSize(PROPUESTAS_POR_MESA);
      completar(piMesa, MesaBpmn.TASK_RESPONDER_PROPUESTAS, "facilitador", respuestas(recibidas));
      ejecutarAsincronos();
      irA(90);
      int borradores = restantes / (instaladas.size() - m);
      restantes -= borradores;
      completar(piMesa, MesaBpmn.TASK_REDACTAR_COMPROMISOS, "facilitador", borradores(responsable, recibidas, borradores, inicio.plusDays(180).toLocalDate()));
      ejecutarAsincronos();
    }

    fase("tables");

    // 4. Approval of the 100 drafts: STL, the agency, the Pleno
    irA(130);
    List<Compromiso> todosLosBorradores = compromisos.findByEjercicioIdOrderByNumero(ejercicio.getId());
    assertThat(todosLosBorradores).hasSize(COMPROMISOS);
    for (Compromiso c : todosLosBorradores) {
      String piC = instancia(AprobacionCompromisoBpmn.KEY, c.getFolio());
      completar(
          piC,
          AprobacionCompromisoBpmn.TASK_REVISAR_STL,
          "stl",
          Formularios.variables(
              FormularioRevisarCompromisoStl.decision(AprobacionCompromisoBpmn.APROBAR, null)));
      completar(piC, AprobacionCompromisoBpmn.TASK_ACEPTAR, "enlace", Variables.putValue(AprobacionCompromisoBpmn.VAR_DECISION_ENLACE, AprobacionCompromisoBpmn.ACEPTAR));
      completar(piC, AprobacionCompromisoBpmn.TASK_APROBAR_PLENO, "pleno", Variables.putValue(AprobacionCompromisoBpmn.VAR_DECISION_PLENO, AprobacionCompromisoBpmn.APROBAR));
    }
    ejecutarAsincronos();
    fase("approval");

    // 5. The plan signed and published; eight report rounds for each commitment, then evaluation
    irA(170);
    completar(pi, EjercicioBpmn.TASK_FIRMAR_PLAN, "pleno", Variables.putValue("planFirmado", true));
    ejecutarAsincronos();
    fase("plan");
    List<Compromiso> aprobados = compromisos.findByEjercicioIdAndEstadoOrderByNumero(ejercicio.getId(), EstadoCompromiso.EN_IMPLEMENTACION);
    assertThat(aprobados).hasSize(COMPROMISOS);
    List<String> seguimientos = aprobados.stream().map(c -> instancia(SeguimientoBpmn.KEY, c.getFolio())).toList();
    for (int ronda = 0; ronda < RONDAS; ronda++) {
      for (int i = 0; i < seguimientos.size(); i++) {
        String piS = seguimientos.get(i);
        disparar(piS, SeguimientoBpmn.TIMER_CICLO_REPORTE);
        ejecutarAsincronos(piS);
        completar(piS, SeguimientoBpmn.TASK_REPORTAR_AVANCE, "enlace", reporte(aprobados.get(i), ronda));
        completar(piS, SeguimientoBpmn.TASK_VERIFICAR_REPORTE, "comision", Variables.putValue(SeguimientoBpmn.VAR_DECISION_VERIFICACION, SeguimientoBpmn.VERIFICAR));
        ejecutarAsincronos(piS);
      }
    }
    fase("report rounds");
    for (String piS : seguimientos) {
      disparar(piS, SeguimientoBpmn.TIMER_FIN_PLAN);
      completar(
          piS,
          SeguimientoBpmn.TASK_EVALUAR_COMPROMISO,
          "comision",
          Variables.createVariables()
              .putValue("potencial", "MODESTO")
              .putValue("cumplimiento", "SUSTANCIAL")
              .putValue("abrioGobierno", "MARGINAL")
              .putValue("comentario", "Avance sustancial con datos abiertos."));
    }
    ejecutarAsincronos();
    fase("evaluation");

    // 6. Final report, approved; the edition closes
    completar(pi, EjercicioBpmn.TASK_PREPARAR_INFORME, "comision", Variables.putValue("informeFinal", "Cien compromisos evaluados en seis mesas."));
    completar(pi, EjercicioBpmn.TASK_APROBAR_INFORME, "pleno", Variables.putValue(EjercicioBpmn.VAR_DECISION_INFORME, EjercicioBpmn.APROBAR));
    ejecutarAsincronos();
    fase("final report");
    return ejercicio;
  }

  private void fase(String nombre) {
    long ahora = System.nanoTime();
    fases.put(nombre, (ahora - finFaseAnterior) / 1e9);
    finFaseAnterior = ahora;
  }

  private void registrar(Ejercicio ejercicio, int n, EjeTematico eje, SujetoObligado dependencia) {
    Instant ahora = ClockUtil.getCurrentTime().toInstant();
    Participante p = new Participante();
    p.setEjercicio(ejercicio);
    p.setNombre("Participante " + n);
    p.setCorreo("b1-" + ejercicio.getAnio() + "-" + n + "@bench.example");
    Sector sector = dependencia != null ? Sector.GOBIERNO : Sector.values()[1 + n % (Sector.values().length - 1)];
    p.setSector(sector);
    p.setSujetoObligado(dependencia);
    p.setOrganizacion(dependencia != null ? dependencia.getNombre() : sector == Sector.CIUDADANIA ? null : "Organización " + n);
    p.setMunicipio("Querétaro");
    p.setAvisoPrivacidadVersion("1.1");
    p.setConsentimiento(ahora);
    p.setConfirmado(ahora);
    p.setCreado(ahora);
    p = participantes.save(p);
    Registro r = new Registro();
    r.setEjercicio(ejercicio);
    r.setParticipante(p);
    r.setEstado(dependencia != null ? Registro.EstadoRegistro.VALIDADO : Registro.EstadoRegistro.CONFIRMADO);
    r.setCreado(ahora);
    r.getEjes().add(eje);
    registros.save(r);
  }

  private static VariableMap stl(LocalDate fecha) {
    return Variables.createVariables()
        .putValue("fechaInstalacion", fecha.toString())
        .putValue("reglasParticipacion", "El Secretariado sesiona cada mes y decide por consenso.")
        .putValue("actaInstalacion", "Acta de instalación del foro.")
        .putValueTyped(
            "integrantes",
            ValoresFormulario.json(
                List.of(
                    Map.of("nombre", "Comisionada presidenta", "sector", "COMISION", "organizacion", "Comisión"),
                    Map.of("nombre", "Enlace", "sector", "GOBIERNO", "organizacion", "Dependencia"),
                    Map.of("nombre", "Sociedad civil", "sector", "SOCIEDAD_CIVIL", "organizacion", "Red Ciudadana"))));
  }

  private static Map<String, Object> sesion(Long sesionId) {
    List<MesaService.NuevaPropuesta> lista = new ArrayList<>();
    for (int i = 0; i < PROPUESTAS_POR_MESA; i++) {
      lista.add(
          new MesaService.NuevaPropuesta(
              "Participante " + i,
              "Problema público número " + i + ".",
              "Falta de información pública.",
              "Publicar en datos abiertos la información " + i + "."));
    }
    return Formularios.variables(
        FormularioRegistrarSesion.ultimaSesion(
            sesionId, 40, "Dependencias y sociedad civil", "La mesa recibió las propuestas de la sesión.", lista));
  }

  private static Map<String, Object> respuestas(List<Propuesta> recibidas) {
    List<FormularioResponderPropuestas.Fila> filas = new ArrayList<>();
    for (int i = 0; i < recibidas.size(); i++) {
      filas.add(
          new FormularioResponderPropuestas.Fila(
              recibidas.get(i).getId(),
              null,
              i % 3 == 2 ? DecisionRespuesta.NO_INCORPORADA : DecisionRespuesta.INCORPORADA,
              null,
              i % 3 == 2 ? "No es un compromiso de gobierno abierto." : "Se incorpora a un compromiso de la mesa."));
    }
    return Formularios.variables(FormularioResponderPropuestas.responder(filas));
  }

  private static Map<String, Object> borradores(SujetoObligado responsable, List<Propuesta> recibidas, int cuantos, LocalDate inicioPlan) {
    List<CompromisoRedactado> filas = new ArrayList<>();
    for (int i = 0; i < cuantos; i++) {
      filas.add(
          new CompromisoRedactado(
              "Compromiso " + i + " de datos abiertos",
              "La ciudadanía no cuenta con información pública para vigilar el servicio.",
              "La información existe pero no se publica.",
              "Publicar la información en datos abiertos y revisarla con la sociedad civil.",
              "Permite a la ciudadanía vigilar y exigir mejoras.",
              EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.PARTICIPACION_CIUDADANA),
              responsable.getId(),
              "Red Ciudadana",
              responsable.getCorreoEnlace(),
              inicioPlan,
              inicioPlan.plusYears(2).minusDays(1),
              List.of(recibidas.get(i * 3 % recibidas.size()).getId()),
              List.of(
                  new BorradorHito("Diagnóstico y diseño", "Publicación en el portal", inicioPlan, inicioPlan.plusMonths(8)),
                  new BorradorHito(
                      "Publicación y revisión", "Publicación en el portal", inicioPlan.plusMonths(8), inicioPlan.plusYears(2).minusDays(1)))));
    }
    return Formularios.variables(FormularioRedactarCompromisos.redactar(filas));
  }

  private static VariableMap reporte(Compromiso c, int ronda) {
    int avance = Math.min(100, (ronda + 1) * 100 / RONDAS);
    return Variables.createVariables()
        .putValueTyped(
            "avances",
            ValoresFormulario.json(
                List.of(
                    Map.of("estado", avance == 100 ? "COMPLETADO" : "EN_PROCESO", "porcentaje", avance),
                    Map.of("estado", "EN_PROCESO", "porcentaje", avance / 2))))
        .putValue("narrativa", "Avance del periodo " + (ronda + 1) + ".")
        .putValueTyped("evidencias", ValoresFormulario.json(List.of(Map.of("descripcion", "Conjunto de datos", "url", "https://datos.example.mx/" + c.getFolio() + "/" + ronda))));
  }

  /** A bare process with one user task, started and completed {@code veces} times; ms per process. */
  private double base(int veces) throws Exception {
    try (InputStream bpmn = Files.newInputStream(Path.of("bench/bare/src/main/resources/base-una-tarea.bpmn"))) {
      engine.getRepositoryService().createDeployment().name("base-una-tarea").addInputStream("base-una-tarea.bpmn", bpmn).deploy();
    }
    for (int i = 0; i < 200; i++) { // warm-up
      unaTarea();
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < veces; i++) {
      unaTarea();
    }
    return (System.nanoTime() - t0) / 1e6 / veces;
  }

  private void unaTarea() {
    String pi = engine.getRuntimeService().startProcessInstanceByKey("base-una-tarea").getId();
    Task t = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
    engine.getTaskService().claim(t.getId(), "base");
    engine.getTaskService().complete(t.getId());
  }

  private void disparar(String pi, String timer) {
    long t = System.nanoTime();
    motor.dispararTimer(pi, timer);
    nanosTimers += System.nanoTime() - t;
    timers++;
  }

  private void irA(int dias) {
    motor.avanzarA(inicio.plusDays(dias));
  }

  private String instancia(String clave, String folio) {
    return motor.instancia(clave, folio);
  }

  /** Claims the single task at the activity and submits its form, as Tasklist does; one user step more. */
  private void completar(String pi, String actividad, String usuario, Map<String, Object> valores) {
    long t = System.nanoTime();
    motor.completar(pi, actividad, usuario, valores);
    nanosTareas += System.nanoTime() - t;
    pasosUsuario++;
  }

  /** Every due async continuation (not timers) until none is left: mail, publications... */
  private void ejecutarAsincronos() {
    long t = System.nanoTime();
    asincronos += motor.ejecutarAsincronos(q -> q);
    nanosAsincronos += System.nanoTime() - t;
    despachar();
  }

  /** The async continuations of one instance, then the mail they queued. */
  private void ejecutarAsincronos(String pi) {
    long t = System.nanoTime();
    asincronos += motor.ejecutarAsincronos(pi);
    nanosAsincronos += System.nanoTime() - t;
    despachar();
  }

  /** The queued mail delivered; every hundredth time, the mail server's messages counted and deleted. */
  private void despachar() {
    long t = System.nanoTime();
    despacho.despachar();
    nanosCorreo += System.nanoTime() - t;
    if (++despachos % 100 == 0) {
      vaciarBuzones();
    }
  }

  /**
   * Counts the messages the mail server received and deletes them: a real one (Postfix) keeps mail
   * in its own process, so it must not stay in this JVM's heap, whose resident memory B1 reports as
   * the application's (kept, B1's 6,183 messages made its live heap ~75 MB larger). Both go over
   * every mailbox, so not after each delivery.
   */
  private void vaciarBuzones() {
    correos += smtp.getReceivedMessages().length;
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }
}
