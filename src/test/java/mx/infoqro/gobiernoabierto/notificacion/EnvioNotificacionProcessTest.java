package mx.infoqro.gobiernoabierto.notificacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.Correos;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.ServidorCorreo;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery of the outbox against a real SMTP server (GreenMail): the dispatcher's first attempt
 * (batches, reservations, two nodes at once) and, for a message whose first attempt failed, its
 * process envio-notificacion (retries, incident, retry from Cockpit). The application's mail sender
 * is pointed at GreenMail for each test and back afterwards.
 */
class EnvioNotificacionProcessTest extends PruebaIntegracion {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final Object[] ARGUMENTOS = {"C-001", "Agua limpia para todas las colonias", "Secretaría de Salud", "2026-06-30"};

  @RegisterExtension static final ServidorCorreo SMTP = ServidorCorreo.nuevo();

  @Autowired SujetoObligadoService sujetos;
  @Autowired Notificador notificador;
  @Autowired NotificacionRepository notificaciones;
  @Autowired EnvioCorreoService envio;
  @Autowired JavaMailSender mailSender;
  @Autowired MessageSource mensajes;
  @Autowired TransactionTemplate tx;
  @Autowired Organismo organismo;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private String grupo;
  private final List<String> usuarios = new java.util.ArrayList<>();
  private final List<String> grupos = new java.util.ArrayList<>();

  @BeforeEach
  void crearGrupo() {
    grupo = grupo("ana.lopez", "Ana", "ana.lopez@ejemplo.mx", "beto.ruiz", "Beto", "beto.ruiz@ejemplo.mx", "sin.correo", "Carla", null);
  }

  @AfterEach
  void borrarGrupos() {
    usuarios.forEach(identityService::deleteUser);
    grupos.forEach(identityService::deleteGroup);
  }

  /** Every notification type that has texts in messages.properties. */
  static Stream<String> tipos() throws IOException {
    Properties p = new Properties();
    try (InputStream in = EnvioNotificacionProcessTest.class.getResourceAsStream("/messages.properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames().stream()
        .filter(k -> k.startsWith("notificacion.") && k.endsWith(".asunto"))
        .map(k -> k.substring("notificacion.".length(), k.length() - ".asunto".length()))
        .map(t -> t.toUpperCase(Locale.ROOT).replace('-', '_'))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("tipos")
  void everyNotificationTypeReachesTheGroupMembersAsHtmlAndText(String tipo) throws Exception {
    Notificacion n = tx.execute(s -> notificador.aGrupo("EGA-2026", tipo, grupo, ARGUMENTOS));
    assertThat(SMTP.getReceivedMessages()).isEmpty(); // written, sent by the dispatcher after the commit

    assertThat(despacho.entregar(n.getId())).isTrue();

    assertThat(envioDe(n)).as("a message sent at the first attempt needs no delivery process").isNull();
    String clave = "notificacion." + tipo.toLowerCase(Locale.ROOT).replace('_', '-');
    String asunto = mensajes.getMessage(clave + ".asunto", ARGUMENTOS, ES_MX);
    String cuerpo = mensajes.getMessage(clave + ".cuerpo", ARGUMENTOS, ES_MX);
    MimeMessage[] recibidos = SMTP.getReceivedMessages();
    assertThat(recibidos).hasSize(2); // one copy per member with e-mail; Carla has none
    assertThat(buzon("ana.lopez@ejemplo.mx")).hasSize(1);
    assertThat(buzon("beto.ruiz@ejemplo.mx")).hasSize(1);
    MimeMessage m = recibidos[0];
    assertThat(m.getSubject()).isEqualTo(asunto);
    assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("no-responder@gobierno-abierto.local");
    assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo(organismo.getNombre());
    // Members are in Bcc: no member sees another's address
    assertThat(m.getHeader("To", ",")).isEqualTo("undisclosed-recipients:;");
    assertThat(m.getHeader("Bcc")).isNull();
    assertThat(m.getRecipients(Message.RecipientType.CC)).isNull();

    Map<String, String> partes = Correos.partes(m);
    assertThat(partes).containsKeys("text/plain", "text/html");
    String texto = partes.get("text/plain");
    assertThat(texto).contains(asunto, cuerpo, "Ejercicio de Gobierno Abierto", organismo.getNombre(), "Referencia: EGA-2026");
    String html = partes.get("text/html");
    assertThat(html).contains("<html lang=\"es-MX\"", "<h1", asunto.replace("&", "&amp;"), organismo.getNombre());
    for (String linea : cuerpo.split("\n")) {
      if (!linea.isBlank()) {
        assertThat(html).contains(linea.strip().replace("&", "&amp;"));
      }
    }
    Notificacion enviada = notificaciones.findById(n.getId()).orElseThrow();
    assertThat(enviada.getEnviada()).isNotNull();
    assertThat(enviada.getIntentos()).isEqualTo(1);
    assertThat(enviada.getUltimoError()).isNull();
  }

  @Test
  void connectionsToTheMailServerHaveNagleOff() throws Exception {
    Object fabrica = ((JavaMailSenderImpl) mailSender).getSession().getProperties().get("mail.smtp.socketFactory");
    assertThat(fabrica).isInstanceOf(SocketsSinRetardo.class);
    try (java.net.Socket socket = ((javax.net.SocketFactory) fabrica).createSocket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", SMTP.getSmtp().getPort()), 5000);
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
    // and the messages still go through it
    Notificacion n = tx.execute(s -> notificador.aCorreo("EGA-2026-M01", "ASIGNACION_MESA", "dora.perez@ejemplo.mx", "Dora", "Salud", "EGA-2026-M01"));
    assertThat(despacho.entregar(n.getId())).isTrue();
    assertThat(buzon("dora.perez@ejemplo.mx")).hasSize(1);
  }

  @Test
  void aMessageToOneAddressHasItInTo() throws Exception {
    Notificacion n = tx.execute(s -> notificador.aCorreo("EGA-2026-M01", "ASIGNACION_MESA", "dora.perez@ejemplo.mx", "Dora", "Salud", "EGA-2026-M01"));

    assertThat(despacho.entregar(n.getId())).isTrue();

    MimeMessage[] recibidos = SMTP.getReceivedMessages();
    assertThat(recibidos).hasSize(1);
    assertThat(Correos.destinatarios(recibidos[0], Message.RecipientType.TO)).containsExactly("dora.perez@ejemplo.mx");
    assertThat(recibidos[0].getSubject()).isEqualTo("Su mesa de co-creación: Salud");
    assertThat(Correos.texto(recibidos[0])).contains("Hola, Dora.");
  }

  @Test
  void theDispatcherSendsEveryWaitingMessageBatchAfterBatchAndEachOnce() {
    String correo = "lote-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.mx";
    int cuantos = DespachoCorreos.LOTE + 30;
    List<Long> ids =
        tx.execute(
            s ->
                java.util.stream.IntStream.range(0, cuantos)
                    .mapToObj(i -> notificador.aCorreo("EGA-2026-M01", "ASIGNACION_MESA", correo, "Dora " + i, "Salud", "EGA-2026-M01").getId())
                    .toList());

    assertThat(despacho.despachar()).isGreaterThanOrEqualTo(cuantos); // and whatever other tests left waiting
    assertThat(despacho.despachar()).isZero();

    assertThat(buzon(correo)).hasSize(cuantos);
    assertThat(notificaciones.findAllById(ids)).allSatisfy(n -> assertThat(n.getEnviada()).isNotNull());
    assertThat(despacho.entregar(ids.get(0))).as("already sent").isFalse();
    assertThat(buzon(correo)).hasSize(cuantos);
  }

  /**
   * On H2 the dispatcher's statements must not read every waiting message (a registration peak
   * leaves thousands): the batch comes from the first rows of the index, the reservation finds its
   * row by enviada and id.
   */
  @Test
  void theDispatchersStatementsOnH2FindTheirRowsThroughTheIndexWithoutSorting() {
    java.sql.Timestamp ahora = java.sql.Timestamp.from(java.time.Instant.now());
    String lectura = jdbc.queryForObject("explain " + DespachoCorreos.PENDIENTES, String.class, ahora);
    String reserva = jdbc.queryForObject("explain " + DespachoCorreos.RESERVAR, String.class, ahora, 1L, ahora);

    assertThat(lectura).contains("IX_NOTIFICACION_PENDIENTE").contains("/* index sorted */");
    assertThat(reserva).containsPattern("IX_NOTIFICACION_PENDIENTE: ID = \\?\\d+\\s+AND ENVIADA IS NULL");
  }

  @Test
  void aMessageThatCannotBeSentDoesNotHoldBackTheOthersOfItsBatch() {
    String vacio = grupo();
    Notificacion[] n = new Notificacion[3];
    tx.executeWithoutResult(
        s -> {
          n[0] = notificador.aCorreo("EGA-2026-M01", "ASIGNACION_MESA", "gala@ejemplo.mx", "Gala", "Salud", "EGA-2026-M01");
          n[1] = notificador.aGrupo("EGA-2026", "MESA_CERRADA", vacio, "EGA-2026-M01", "Salud", 3);
          n[2] = notificador.aCorreo("EGA-2026-M01", "ASIGNACION_MESA", "hugo@ejemplo.mx", "Hugo", "Salud", "EGA-2026-M01");
        });

    despacho.despachar();

    assertThat(buzon("gala@ejemplo.mx")).hasSize(1);
    assertThat(buzon("hugo@ejemplo.mx")).hasSize(1);
    assertThat(notificaciones.findById(n[0].getId()).orElseThrow().getEnviada()).isNotNull();
    assertThat(notificaciones.findById(n[2].getId()).orElseThrow().getEnviada()).isNotNull();
    Notificacion fallida = notificaciones.findById(n[1].getId()).orElseThrow();
    assertThat(fallida.getEnviada()).isNull();
    assertThat(fallida.getIntentos()).isEqualTo(1);
    assertThat(envioDe(fallida)).isWaitingAt(EnvioNotificacionBpmn.TASK_ENVIAR_CORREO);
    assertThat(envioDe(n[0])).isNull();
  }

  @Test
  void twoNodesDispatchingAtOnceSendEachMessageOnce() throws Exception {
    String correo = "nodos-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.mx";
    int cuantos = 60;
    tx.executeWithoutResult(
        s -> {
          for (int i = 0; i < cuantos; i++) {
            notificador.aCorreo("EGA-2026-M01", "ASIGNACION_MESA", correo, "Eloy " + i, "Salud", "EGA-2026-M01");
          }
        });

    java.util.concurrent.ExecutorService nodos = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = nodos.submit(despacho::despachar);
      var b = nodos.submit(despacho::despachar);
      assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(cuantos);
    } finally {
      nodos.shutdown();
    }

    assertThat(buzon(correo)).hasSize(cuantos);
  }

  @Test
  void aMessageReservedByAnotherNodeIsLeftToItUntilItsReservationExpires() {
    Notificacion n = tx.execute(s -> notificador.aCorreo("EGA-2026-M01", "ASIGNACION_MESA", "fausto@ejemplo.mx", "Fausto", "Salud", "EGA-2026-M01"));
    jdbc.update("update notificacion set reservada_hasta = ? where id = ?", java.sql.Timestamp.from(Instant.now().plusSeconds(30)), n.getId());

    assertThat(despacho.entregar(n.getId())).isFalse();
    assertThat(SMTP.getReceivedMessages()).isEmpty();

    // that node died: once its reservation expires, another sends the message
    jdbc.update("update notificacion set reservada_hasta = ? where id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(1)), n.getId());
    assertThat(despacho.entregar(n.getId())).isTrue();
    assertThat(buzon("fausto@ejemplo.mx")).hasSize(1);
  }

  @Test
  void aMessageWhoseFirstAttemptFailsGetsItsDeliveryProcessKeyedByTheNotificationNotByTheCaseFolio() throws Exception {
    ((JavaMailSenderImpl) mailSender).setPort(puertoLibre());
    Notificacion n = tx.execute(s -> notificador.aGrupo("EGA-2030", "CONVOCATORIA_PUBLICADA", grupo, "Convocatoria 2030"));
    assertThat(envioDe(n)).isNull();

    assertThat(despacho.entregar(n.getId())).isFalse();

    ProcessInstance pi = envioDe(n);
    assertThat(pi).isWaitingAt(EnvioNotificacionBpmn.TASK_ENVIAR_CORREO);
    assertThat(pi.getBusinessKey()).isEqualTo("NOT-" + n.getId());
    assertThat(runtimeService.getVariable(pi.getId(), EnvioNotificacionBpmn.VAR_NOTIFICACION_ID)).isEqualTo(n.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("EGA-2030%").count()).isZero();
    // the dispatcher leaves it to its process from now on
    assertThat(despacho.entregar(n.getId())).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NOT-" + n.getId()).count()).isEqualTo(1);
  }

  @Test
  void aRolledBackBusinessChangeWritesAndSendsNothing() {
    long antes = notificaciones.count();

    tx.executeWithoutResult(
        s -> {
          notificador.aGrupo("EGA-2031", "CONVOCATORIA_PUBLICADA", grupo, "Convocatoria 2031");
          s.setRollbackOnly();
        });

    assertThat(notificaciones.count()).isEqualTo(antes);
  }

  @Test
  void aFailingSmtpServerIsRetriedThenBecomesAnIncidentAndTheMessageIsKept() throws Exception {
    ((JavaMailSenderImpl) mailSender).setPort(puertoLibre());
    Notificacion n = tx.execute(s -> notificador.aGrupo("EGA-2026", "CONVOCATORIA_PUBLICADA", grupo, "Convocatoria 2026"));

    assertThat(despacho.entregar(n.getId())).isFalse(); // the dispatcher's attempt, recorded
    Notificacion fallida = notificaciones.findById(n.getId()).orElseThrow();
    assertThat(fallida.getEnviada()).isNull();
    assertThat(fallida.getIntentos()).isEqualTo(1);
    assertThat(fallida.getUltimoError()).startsWith("El servidor de correo rechazó el mensaje o no respondió");
    ProcessInstance pi = envioDe(n);

    assertThatThrownBy(() -> ejecutarEnvio(pi))
        .hasMessageContaining("No se pudo enviar la notificación " + n.getId())
        .hasMessageNotContaining("@");

    assertThat(notificaciones.findById(n.getId()).orElseThrow().getIntentos()).isEqualTo(2);
    assertThat(trabajo(pi).getRetries()).isEqualTo(4); // R5/PT10M: five attempts by the process
    assertThat(trabajo(pi).getDuedate()).isAfter(Instant.now().plusSeconds(9 * 60));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();

    while (trabajo(pi).getRetries() > 0) {
      assertThatThrownBy(() -> ejecutarEnvio(pi)).isInstanceOf(RuntimeException.class);
    }

    assertThat(notificaciones.findById(n.getId()).orElseThrow().getIntentos()).isEqualTo(6);
    Incident incidente = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incidente).isNotNull();
    assertThat(incidente.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incidente.getActivityId()).isEqualTo(EnvioNotificacionBpmn.TASK_ENVIAR_CORREO);
    assertThat(incidente.getIncidentMessage()).contains("No se pudo enviar la notificación " + n.getId());
    assertThat(pi).isWaitingAt(EnvioNotificacionBpmn.TASK_ENVIAR_CORREO);
    assertThat(SMTP.getReceivedMessages()).isEmpty();

    // Never lost: once the server is back, an operator retries the job in Cockpit and it is sent
    ((JavaMailSenderImpl) mailSender).setPort(SMTP.puerto());
    managementService.setJobRetries(trabajo(pi).getId(), 1);
    ejecutarEnvio(pi);

    assertThat(pi).isEnded();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    Notificacion enviada = notificaciones.findById(n.getId()).orElseThrow();
    assertThat(enviada.getEnviada()).isNotNull();
    assertThat(enviada.getIntentos()).isEqualTo(7);
  }

  @Test
  void aGroupWithoutMembersIsARecordedFailure() {
    String vacio = grupo();
    Notificacion n = tx.execute(s -> notificador.aGrupo("EGA-2026", "MESA_CERRADA", vacio, "EGA-2026-M01", "Salud", 3));

    assertThat(despacho.entregar(n.getId())).isFalse();

    Notificacion fallida = notificaciones.findById(n.getId()).orElseThrow();
    assertThat(fallida.getEnviada()).isNull();
    assertThat(fallida.getIntentos()).isEqualTo(1);
    assertThat(fallida.getUltimoError()).isEqualTo("El grupo " + vacio + " no tiene integrantes con correo electrónico.");
    ProcessInstance pi = envioDe(n);
    assertThatThrownBy(() -> ejecutarEnvio(pi))
        .hasMessageContaining("El grupo " + vacio + " no tiene integrantes con correo electrónico.");
    assertThat(trabajo(pi).getRetries()).isEqualTo(4);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void anAgencyWhoseLiaisonsHaveNoAccountYetIsReachedAtItsOfficialLiaisonAddress() throws Exception {
    String clave = "correo" + UUID.randomUUID().toString().substring(0, 6);
    SujetoObligado sujeto =
        sujetos.registrar(clave, "Dependencia sin enlaces", "DSE", SujetoObligado.TipoSujeto.ESTATAL, "enlace.oficial@ejemplo.mx");
    Notificacion n =
        tx.execute(s -> notificador.aGrupo("EGA-2026", "RECORDATORIO_REGISTRO", sujeto.grupo(), "Convocatoria 2026", "31/12/2026"));

    assertThat(despacho.entregar(n.getId())).isTrue();

    assertThat(buzon("enlace.oficial@ejemplo.mx")).hasSize(1);
    assertThat(notificaciones.findById(n.getId()).orElseThrow().getEnviada()).isNotNull();
  }

  @Test
  void aGroupWhoseMembersHaveNoEmailIsARecordedFailure() {
    String sinCorreos = grupo("solo.nombre", "Eva", null);
    Notificacion n = tx.execute(s -> notificador.aGrupo("EGA-2026", "MESA_CERRADA", sinCorreos, "EGA-2026-M01", "Salud", 3));

    assertThat(despacho.entregar(n.getId())).isFalse();
    assertThatThrownBy(() -> ejecutarEnvio(envioDe(n))).isInstanceOf(EnvioFallidoException.class);

    assertThat(notificaciones.findById(n.getId()).orElseThrow().getUltimoError()).contains("no tiene integrantes con correo");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aMessageAlreadySentIsNotSentAgain() {
    Notificacion n = tx.execute(s -> notificador.aGrupo("EGA-2026", "CONVOCATORIA_PUBLICADA", grupo, "Convocatoria 2026"));
    assertThat(despacho.entregar(n.getId())).isTrue();
    assertThat(SMTP.getReceivedMessages()).hasSize(2);

    envio.enviar(n.getId()); // e.g. the job re-run after a crash before its commit

    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    assertThat(notificaciones.findById(n.getId()).orElseThrow().getIntentos()).isEqualTo(1);
  }

  @Test
  void aJobRunningForARowMarkedSentEndsWithoutMail() throws Exception {
    ((JavaMailSenderImpl) mailSender).setPort(puertoLibre());
    Notificacion n = tx.execute(s -> notificador.aGrupo("EGA-2026", "CONVOCATORIA_PUBLICADA", grupo, "Convocatoria 2026"));
    assertThat(despacho.entregar(n.getId())).isFalse();
    ((JavaMailSenderImpl) mailSender).setPort(SMTP.puerto());
    Instant enviada = Instant.parse("2026-01-15T16:00:00Z");
    tx.executeWithoutResult(s -> notificaciones.findById(n.getId()).orElseThrow().setEnviada(enviada));
    ProcessInstance pi = envioDe(n);

    ejecutarEnvio(pi);

    assertThat(pi).isEnded();
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    assertThat(notificaciones.findById(n.getId()).orElseThrow().getEnviada()).isEqualTo(enviada);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** The delivery process of the message; null while it has none (not needed or not failed yet). */
  private ProcessInstance envioDe(Notificacion n) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(EnvioNotificacionBpmn.KEY)
        .processInstanceBusinessKey(EnvioNotificacionBpmn.claveNegocio(n.getId()))
        .singleResult();
  }

  private Job trabajo(ProcessInstance pi) {
    return motor.trabajo(pi.getId(), EnvioNotificacionBpmn.TASK_ENVIAR_CORREO);
  }

  /** Runs the job that sends the message now, as the job executor would. */
  private void ejecutarEnvio(ProcessInstance pi) {
    motor.ejecutar(pi.getId(), EnvioNotificacionBpmn.TASK_ENVIAR_CORREO);
  }

  /** A new group with users given as (id, first name, e-mail or null) triples; ids made unique. */
  private String grupo(String... usuariosCorreo) {
    String sufijo = UUID.randomUUID().toString().substring(0, 8);
    String id = "prueba-correo-" + sufijo;
    Group g = identityService.newGroup(id);
    g.setName("Grupo de prueba");
    identityService.saveGroup(g);
    grupos.add(id);
    for (int i = 0; i < usuariosCorreo.length; i += 3) {
      String usuario = usuariosCorreo[i].replace('.', '-') + "-" + sufijo;
      User u = identityService.newUser(usuario);
      u.setFirstName(usuariosCorreo[i + 1]);
      u.setLastName("Prueba");
      u.setEmail(usuariosCorreo[i + 2]);
      u.setPassword("contrasena-de-pruebas");
      identityService.saveUser(u);
      identityService.createMembership(usuario, id);
      usuarios.add(usuario);
    }
    return id;
  }

  private static List<MimeMessage> buzon(String correo) {
    return SMTP.findReceivedMessages(u -> u.getEmail().equals(correo), m -> true).toList();
  }



  private static int puertoLibre() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
