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

/** The limit against the real table (Flyway's schema on an in-memory H2), with a clock the test moves. */
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

  /** Two instances over one table: two nodes of a cluster. */
  @Test
  void theLimitCountsTheSubmissionsOfEveryNode() {
    var nodoA = new ProteccionFormularios(jdbc, 3, Duration.ofMinutes(10), reloj);
    var nodoB = new ProteccionFormularios(jdbc, 3, Duration.ofMinutes(10), reloj);
    nodoA.contar("registro", desde("10.0.0.9"));
    nodoB.contar("registro", desde("10.0.0.9"));
    nodoA.contar("registro", desde("10.0.0.9"));

    assertThatThrownBy(() -> nodoB.contar("registro", desde("10.0.0.9")))
        .isInstanceOf(DemasiadasSolicitudesException.class);
  }

  @Test
  void noAddressIsStored() {
    new ProteccionFormularios(jdbc, 3, Duration.ofMinutes(10), reloj).contar("registro", desde("10.0.0.8"));

    assertThat(jdbc.queryForObject("select clave from envio_formulario", String.class))
        .hasSize(64)
        .doesNotContain("10.0.0.8");
  }

  private static MockHttpServletRequest desde(String direccion) {
    MockHttpServletRequest peticion = new MockHttpServletRequest("POST", "/registro");
    peticion.setRemoteAddr(direccion);
    return peticion;
  }

  @Test
  void anAddressGetsTheMaximumOfOneFormThenIsRefused() {
    var proteccion = new ProteccionFormularios(jdbc, 3, Duration.ofMinutes(10), reloj);
    for (int i = 0; i < 3; i++) {
      proteccion.contar("registro", desde("10.0.0.1"));
    }

    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.0.0.1")))
        .isInstanceOf(DemasiadasSolicitudesException.class);
    // Other addresses and other forms keep their own counts
    proteccion.contar("registro", desde("10.0.0.2"));
    proteccion.contar("derechos-arco", desde("10.0.0.1"));
  }

  @Test
  void theCountStartsAgainAfterTheWindow() {
    var proteccion = new ProteccionFormularios(jdbc, 1, Duration.ofMinutes(10), reloj);
    proteccion.contar("registro", desde("10.0.0.3"));
    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.0.0.3")))
        .isInstanceOf(DemasiadasSolicitudesException.class);

    reloj.avanzar(Duration.ofMinutes(10).plusSeconds(1));

    proteccion.contar("registro", desde("10.0.0.3"));
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
    var proteccion = new ProteccionFormularios(jdbc, 2, Duration.ofMinutes(10), reloj);

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
