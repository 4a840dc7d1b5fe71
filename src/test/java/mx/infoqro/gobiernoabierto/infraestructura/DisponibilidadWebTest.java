package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (the 503 page) and which do not. */
class DisponibilidadWebTest {

  @Test
  void aConnectionFailureAnywhereInTheChainIsAnOutage() {
    assertThat(DisponibilidadWeb.esFaltaDeBaseDeDatos(new ServletException("x", new SQLTransientConnectionException("pool timeout")))).isTrue();
    assertThat(DisponibilidadWeb.esFaltaDeBaseDeDatos(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
    assertThat(DisponibilidadWeb.esFaltaDeBaseDeDatos(new DataAccessResourceFailureException("I/O error"))).isTrue();
  }

  @Test
  void aRollbackThatFailedOnTheBrokenConnectionIsAnOutage() {
    TransactionSystemException rollback = new TransactionSystemException("Could not roll back", new SQLException("Connection is closed"));
    rollback.initApplicationException(new DataAccessResourceFailureException("I/O error while sending to the backend"));

    assertThat(DisponibilidadWeb.esFaltaDeBaseDeDatos(new ServletException("x", rollback))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DisponibilidadWeb.esFaltaDeBaseDeDatos(new DataIntegrityViolationException("duplicate"))).isFalse();
    assertThat(DisponibilidadWeb.esFaltaDeBaseDeDatos(new RuntimeException(new SQLException("syntax", "42000")))).isFalse();
    assertThat(DisponibilidadWeb.esFaltaDeBaseDeDatos(new TransactionSystemException("Could not commit", new SQLException("Connection is closed")))).isFalse();
  }
}
