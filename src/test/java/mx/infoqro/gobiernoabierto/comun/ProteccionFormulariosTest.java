package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ProteccionFormulariosTest {

  private static MockHttpServletRequest desde(String direccion) {
    MockHttpServletRequest peticion = new MockHttpServletRequest("POST", "/registro");
    peticion.setRemoteAddr(direccion);
    return peticion;
  }

  @Test
  void anAddressGetsTheMaximumOfOneFormThenIsRefused() {
    var proteccion = new ProteccionFormularios(3, Duration.ofMinutes(10));
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
    var reloj = new AtomicLong();
    var proteccion = new ProteccionFormularios(1, Duration.ofMinutes(10), reloj::get);
    proteccion.contar("registro", desde("10.0.0.3"));
    assertThatThrownBy(() -> proteccion.contar("registro", desde("10.0.0.3")))
        .isInstanceOf(DemasiadasSolicitudesException.class);

    reloj.addAndGet(Duration.ofMinutes(10).plusSeconds(1).toNanos());

    proteccion.contar("registro", desde("10.0.0.3"));
  }

  @Test
  void aFilledHoneypotMeansABot() {
    assertThat(ProteccionFormularios.esRobot("https://spam.example")).isTrue();
    assertThat(ProteccionFormularios.esRobot("")).isFalse();
    assertThat(ProteccionFormularios.esRobot(null)).isFalse();
  }
}
