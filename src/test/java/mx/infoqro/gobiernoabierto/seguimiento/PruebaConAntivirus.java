package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests whose application scans evidence files with a real clamd (the
 * run's {@link ClamdPrueba#compartido()}): its port is given to the context before it starts, so
 * the subclasses share one context. Skipped where clamd is not installed.
 */
abstract class PruebaConAntivirus extends PruebaIntegracion {

  @DynamicPropertySource
  static void antivirus(DynamicPropertyRegistry propiedades) {
    propiedades.add("gobierno-abierto.evidencias.clamd-puerto", () -> ClamdPrueba.instalado() ? ClamdPrueba.compartido().puerto() : 3310);
  }

  @BeforeEach
  void conAntivirus() {
    Assumptions.assumeTrue(ClamdPrueba.instalado(), "clamd is not installed (apt-get install clamav-daemon; .ci/run does it)");
  }

  /** The bytes of the file the daemon's only signature matches. */
  static byte[] infectado() {
    return ClamdPrueba.compartido().infectado();
  }
}
