package mx.infoqro.gobiernoabierto.operacion;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Start-up work once across the nodes of a cluster: every {@link ApplicationRunner} of the
 * application (staff groups, Tasklist filters, the authorization back-fill, the demo data) runs
 * while this node holds a row lock on {@code bloqueo_arranque}. Two nodes started together do their
 * start-up one after the other; the runners are idempotent, so the second finds everything done and
 * creates nothing twice. The lock is a plain {@code select ... for update} on one connection that is
 * taken by the first runner and committed by the last; if the node dies meanwhile, the database
 * drops the lock with the connection.
 */
@Configuration(proxyBeanMethods = false)
class BloqueoArranque {

  private static final Logger LOG = LoggerFactory.getLogger(BloqueoArranque.class);

  @Bean
  Cerrojo cerrojoArranque(DataSource dataSource) {
    return new Cerrojo(dataSource);
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ApplicationRunner tomarBloqueoArranque(Cerrojo cerrojo) {
    return argumentos -> cerrojo.tomar();
  }

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  ApplicationRunner soltarBloqueoArranque(Cerrojo cerrojo) {
    return argumentos -> cerrojo.soltar();
  }

  /** The lock: one connection held from the first runner to the last. */
  static final class Cerrojo implements DisposableBean {

    private final DataSource dataSource;
    private Connection conexion;

    Cerrojo(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    synchronized void tomar() throws SQLException {
      long inicio = System.nanoTime();
      conexion = dataSource.getConnection();
      conexion.setAutoCommit(false);
      try (PreparedStatement consulta =
              conexion.prepareStatement("select nodo, desde from bloqueo_arranque where id = 1 for update");
          ResultSet fila = consulta.executeQuery()) {
        fila.next();
      }
      try (PreparedStatement marca =
          conexion.prepareStatement("update bloqueo_arranque set nodo = ?, desde = ? where id = 1")) {
        marca.setString(1, nodo());
        marca.setTimestamp(2, Timestamp.from(Instant.now()));
        marca.executeUpdate();
      }
      LOG.info("Start-up lock taken after {} ms", (System.nanoTime() - inicio) / 1_000_000);
    }

    synchronized void soltar() throws SQLException {
      if (conexion != null) {
        try {
          conexion.commit();
        } finally {
          conexion.close();
          conexion = null;
        }
      }
    }

    /** A start that failed leaves through here: the lock is released with the connection. */
    @Override
    public synchronized void destroy() throws SQLException {
      if (conexion != null) {
        try {
          conexion.rollback();
        } finally {
          conexion.close();
          conexion = null;
        }
      }
    }

    private static String nodo() {
      try {
        return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
      } catch (UnknownHostException e) {
        return "pid " + ProcessHandle.current().pid();
      }
    }
  }
}
