package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;

/** The limits against the real table (Flyway's schema on an in-memory H2), with a clock the test moves. */
class ProteccionFormulariosTest {

  private JdbcTemplate jdbc;
  private final RelojMovible reloj = new RelojMovible();

  @BeforeEach
  void baseDeDatos() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:limite-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
  }

  /** Two instances over one table: two nodes of a cluster (the mailbox's count: below). */
  @Test
  void theLimitCountsTheSubmissionsOfEveryNode() {
    var nodoA = proteccion(3);
    var nodoB = proteccion(3);
    nodoA.contar("registro", desde("10.0.0.9"), null);
    nodoB.contar("registro", desde("10.0.0.9"), null);
    nodoA.contar("registro", desde("10.0.0.9"), null);

    assertThatThrownBy(() -> nodoB.contar("registro", desde("10.0.0.9"), null))
        .isInstanceOf(DemasiadasSolicitudesException.class);
  }

  @Test
  void noAddressNorMailboxIsStored() {
    proteccion(3).contar("registro", desde("10.0.0.8"), "ana.lopez@ejemplo.mx");

    assertThat(jdbc.queryForList("select clave from envio_formulario", String.class))
        .hasSize(3) // the address, the mailbox and the form
        .allSatisfy(clave -> assertThat(clave).hasSize(64).doesNotContain("10.0.0.8").doesNotContain("ana"));
  }

  // --- A room full of people behind one address, and floods ---------------------------------------

  @Test
  void fortyPeopleBehindOneAddressAreAllLetIn() {
    var proteccion = new ProteccionFormularios(jdbc, LIMITES, reloj);
    for (int i = 0; i < 40; i++) {
      proteccion.contar("registro", desde("189.203.10.1"), "persona" + i + "@ejemplo.mx");
      reloj.avanzar(Duration.ofSeconds(10));
    }

    assertThat(filas()).isEqualTo(3 * 40);
  }

  @Test
  void aThousandSubmissionsFromOneAddressAreStoppedAndDoNotUseUpTheForm() {
    var proteccion = new ProteccionFormularios(jdbc, LIMITES, reloj);
    int aceptados = 0;
    int rechazados = 0;
    for (int i = 0; i < 1000; i++) {
      try {
        proteccion.contar("registro", desde("200.1.1.1"), "bot" + i + "@ejemplo.mx");
        aceptados++;
      } catch (DemasiadasSolicitudesException e) {
        assertThat(e.reintento()).isEqualTo(LIMITES.ventana());
        rechazados++;
      }
    }

    assertThat(aceptados).isEqualTo(LIMITES.porDireccion()).isLessThan(1000);
    assertThat(rechazados).isEqualTo(1000 - LIMITES.porDireccion());
    // a refused submission is not counted: the form's ceiling keeps room for everybody else
    assertThat(filas()).isEqualTo(3 * LIMITES.porDireccion());
    proteccion.contar("registro", desde("200.1.1.2"), "persona@ejemplo.mx");
  }

  @Test
  void oneMailboxCannotBeFloodedFromManyAddressesNorThroughOtherForms() {
    var nodoA = new ProteccionFormularios(jdbc, LIMITES, reloj);
    var nodoB = new ProteccionFormularios(jdbc, LIMITES, reloj);
    String[] formas = {"Victima@Ejemplo.mx", " victima+" + 1 + "@ejemplo.MX", "VICTIMA+boletin@ejemplo.mx "};
    String[] formularios = {"registro", "solicitud-enlace", "derechos-arco", "seguir-compromiso"};
    for (int i = 0; i < LIMITES.porCorreo(); i++) {
      (i % 2 == 0 ? nodoA : nodoB).contar(formularios[i % formularios.length], desde("10.1.0." + i), formas[i % formas.length]);
    }

    assertThatThrownBy(() -> nodoB.contar("registro", desde("10.2.0.1"), "victima@ejemplo.mx"))
        .isInstanceOf(DemasiadasSolicitudesException.class);
    assertThatThrownBy(() -> nodoA.contar("derechos-arco", desde("10.2.0.2"), "victima+otra@ejemplo.mx"))
        .isInstanceOf(DemasiadasSolicitudesException.class);
    // another mailbox, and the same addresses, go on
    nodoA.contar("registro", desde("10.1.0.0"), "otra.persona@ejemplo.mx");

    reloj.avanzar(LIMITES.ventana().plusSeconds(1));
    nodoB.contar("registro", desde("10.2.0.1"), "victima@ejemplo.mx");
  }

  @Test
  void aFormHasACeilingForEveryAddressTogether() {
    var proteccion = new ProteccionFormularios(jdbc, new ProteccionFormularios.Limites(60, 6, 10, VENTANA), reloj);
    for (int i = 0; i < 10; i++) {
      proteccion.contar("registro", desde("10.3.0." + i), "p" + i + "@ejemplo.mx");
    }

    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.3.1.1"), "nuevo@ejemplo.mx"))
        .isInstanceOf(DemasiadasSolicitudesException.class);
    proteccion.contar("derechos-arco", desde("10.3.1.1"), "nuevo@ejemplo.mx");
  }

  @Test
  void aSubmissionRefusedForItsMailboxDoesNotCountForItsAddress() {
    var proteccion = new ProteccionFormularios(jdbc, new ProteccionFormularios.Limites(3, 1, 1000, VENTANA), reloj);
    proteccion.contar("registro", desde("10.4.0.1"), "ana@ejemplo.mx");
    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.4.0.1"), "ana@ejemplo.mx"))
        .isInstanceOf(DemasiadasSolicitudesException.class);

    proteccion.contar("registro", desde("10.4.0.1"), "beto@ejemplo.mx");
    proteccion.contar("registro", desde("10.4.0.1"), "carla@ejemplo.mx");
    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.4.0.1"), "diana@ejemplo.mx"))
        .isInstanceOf(DemasiadasSolicitudesException.class);
  }

  @Test
  void theMailboxIsTheAddressInLowerCaseWithoutItsTag() {
    assertThat(ProteccionFormularios.buzon("  Ana.Lopez+Taller@Ejemplo.MX ")).isEqualTo("ana.lopez@ejemplo.mx");
    assertThat(ProteccionFormularios.buzon("ana@ejemplo.mx")).isEqualTo("ana@ejemplo.mx");
    assertThat(ProteccionFormularios.buzon("+ana@ejemplo.mx")).isEqualTo("+ana@ejemplo.mx");
    assertThat(ProteccionFormularios.buzon("sin-arroba+x")).isEqualTo("sin-arroba+x");
    assertThat(ProteccionFormularios.buzon("   ")).isNull();
    assertThat(ProteccionFormularios.buzon(null)).isNull();
  }

  @Test
  void theConfiguredLimitsLetARoomInAndAreValidated() {
    assertThat(LIMITES.porDireccion()).isGreaterThanOrEqualTo(40);
    assertThat(LIMITES.porCorreo()).isLessThan(LIMITES.porDireccion());
    assertThat(LIMITES.porFormulario()).isGreaterThan(LIMITES.porDireccion());
    assertThatThrownBy(() -> new ProteccionFormularios.Limites(0, 6, 1000, VENTANA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProteccionFormularios.Limites(60, 6, 1000, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private int filas() {
    return jdbc.queryForObject("select count(*) from envio_formulario", Integer.class);
  }

  /** The limits of application.yaml (its defaults, or the environment's values where set). */
  private static final ProteccionFormularios.Limites LIMITES = configurados();

  private static ProteccionFormularios.Limites configurados() {
    try {
      var entorno = new org.springframework.core.env.StandardEnvironment();
      new org.springframework.boot.env.YamlPropertySourceLoader()
          .load("application.yaml", new org.springframework.core.io.ClassPathResource("application.yaml"))
          .forEach(entorno.getPropertySources()::addLast);
      String p = "gobierno-abierto.limite-envios.";
      return new ProteccionFormularios.Limites(
          entorno.getRequiredProperty(p + "por-direccion", Integer.class),
          entorno.getRequiredProperty(p + "por-correo", Integer.class),
          entorno.getRequiredProperty(p + "por-formulario", Integer.class),
          Duration.parse(entorno.getRequiredProperty(p + "ventana")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Per address {@code porDireccion}, the production defaults otherwise. */
  private ProteccionFormularios proteccion(int porDireccion) {
    return new ProteccionFormularios(jdbc, new ProteccionFormularios.Limites(porDireccion, 6, 1000, VENTANA), reloj);
  }

  private static final Duration VENTANA = Duration.ofMinutes(10);

  private static MockHttpServletRequest desde(String direccion) {
    MockHttpServletRequest peticion = new MockHttpServletRequest("POST", "/registro");
    peticion.setRemoteAddr(direccion);
    return peticion;
  }

  @Test
  void anAddressGetsTheMaximumOfOneFormThenIsRefused() {
    var proteccion = proteccion(3);
    for (int i = 0; i < 3; i++) {
      proteccion.contar("registro", desde("10.0.0.1"), null);
    }

    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.0.0.1"), null))
        .isInstanceOf(DemasiadasSolicitudesException.class);
    // Other addresses and other forms keep their own counts
    proteccion.contar("registro", desde("10.0.0.2"), null);
    proteccion.contar("derechos-arco", desde("10.0.0.1"), null);
  }

  @Test
  void theCountStartsAgainAfterTheWindow() {
    var proteccion = proteccion(1);
    proteccion.contar("registro", desde("10.0.0.3"), null);
    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.0.0.3"), null))
        .isInstanceOf(DemasiadasSolicitudesException.class);

    reloj.avanzar(Duration.ofMinutes(10).plusSeconds(1));

    proteccion.contar("registro", desde("10.0.0.3"), null);
  }

  @Test
  void aFilledHoneypotMeansABot() {
    assertThat(ProteccionFormularios.esRobot("https://spam.example")).isTrue();
    assertThat(ProteccionFormularios.esRobot("")).isFalse();
    assertThat(ProteccionFormularios.esRobot(null)).isFalse();
  }

  /** What every public form's POST calls first: the submission counts, a bot's as well, and the honeypot is read. */
  @Test
  void theFirstStepOfAPostCountsTheSubmissionAndReadsTheHoneypotOfTheFormObject() {
    var proteccion = proteccion(2);

    assertThat(proteccion.esRobot("registro", desde("10.0.0.4"), () -> "https://spam.example")).isTrue();
    assertThat(proteccion.esRobot("registro", desde("10.0.0.4"), () -> "")).isFalse();
    assertThatThrownBy(() -> proteccion.esRobot("registro", desde("10.0.0.4"), () -> null))
        .isInstanceOf(DemasiadasSolicitudesException.class);
  }

  private static final class RelojMovible extends Clock {
    private Instant ahora = Instant.parse("2026-11-26T12:00:00Z");

    void avanzar(Duration tiempo) {
      ahora = ahora.plus(tiempo);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zona) {
      return this;
    }

    @Override
    public Instant instant() {
      return ahora;
    }
  }
}
