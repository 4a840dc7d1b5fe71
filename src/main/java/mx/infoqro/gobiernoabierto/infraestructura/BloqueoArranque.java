package mx.infoqro.gobiernoabierto.infraestructura;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Start-up work once across the nodes of a cluster: the engine's start (its schema, the admin user,
 * the deployment) and every {@link ApplicationRunner} of the application (staff groups, Tasklist
 * filters, the authorization back-fill, the demo data) happen while this node holds a row lock on
 * {@code bloqueo_arranque}. Two nodes started together start one after the other; what they do at
 * start is idempotent, so the second finds everything done and creates nothing twice (on an empty
 * database, two engines creating their tables at once would fail). The lock is a plain {@code
 * select ... for update} on one connection, taken right after Flyway's migration and before the
 * engine is built, and committed after the last runner; if the node dies meanwhile, the database
 * drops the lock with the connection.
 */
@Configuration(proxyBeanMethods = false)
class BloqueoArranque {

  private static final Logger LOG = LoggerFactory.getLogger(BloqueoArranque.class);

  /** Bean of Camunda's starter that builds the engine. */
  static final String CONFIGURACION_MOTOR = "processEngineConfigurationImpl";

  /** Bean of Spring Boot that runs Flyway's migration (which creates bloqueo_arranque). */
  static final String MIGRACION = "flywayInitializer";

  @Bean(initMethod = "tomar")
  Cerrojo cerrojoArranque(DataSource dataSource) {
    return new Cerrojo(dataSource);
  }

  /** The lock after the migration, the engine after the lock. */
  @Bean
  static BeanFactoryPostProcessor motorDespuesDelBloqueo() {
    return fabrica -> {
      if (fabrica.containsBeanDefinition(MIGRACION)) {
        fabrica.getBeanDefinition("cerrojoArranque").setDependsOn(MIGRACION);
      }
      if (fabrica.containsBeanDefinition(CONFIGURACION_MOTOR)) {
        BeanDefinition motor = fabrica.getBeanDefinition(CONFIGURACION_MOTOR);
        List<String> dependencias = new ArrayList<>();
        if (motor.getDependsOn() != null) {
          dependencias.addAll(List.of(motor.getDependsOn()));
        }
        dependencias.add("cerrojoArranque");
        motor.setDependsOn(dependencias.toArray(String[]::new));
      }
    };
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
    private boolean h2;
    private int retrasoEscritura;

    Cerrojo(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    synchronized void tomar() throws SQLException {
      long inicio = System.nanoTime();
      conexion = dataSource.getConnection();
      h2 = conexion.getMetaData().getDatabaseProductName().startsWith("H2");
      if (h2) {
        retrasoEscritura = retrasoEscritura(conexion);
        // Nothing is acknowledged to anyone while the node is not ready (the web answers 503), so
        // the start-up work may be written in batches: H2 writes its commits every half second
        // instead of one by one (the demo's hundreds of steps start several seconds sooner).
        // soltar() puts back the configured delay (0: every commit durable) and writes what is pending.
        ejecutar(conexion, "SET WRITE_DELAY 500");
      }
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
          if (h2) {
            conexion.setAutoCommit(true);
            ejecutar(conexion, "SET WRITE_DELAY " + retrasoEscritura);
            ejecutar(conexion, "CHECKPOINT");
          }
        } finally {
          conexion.close();
          conexion = null;
        }
      }
    }

    /** H2's write delay as configured (the URL's WRITE_DELAY, 0 by default here). */
    private static int retrasoEscritura(Connection conexion) throws SQLException {
      try (PreparedStatement consulta =
              conexion.prepareStatement(
                  "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'");
          ResultSet fila = consulta.executeQuery()) {
        return fila.next() ? Integer.parseInt(fila.getString(1)) : 0;
      }
    }

    private static void ejecutar(Connection conexion, String sql) throws SQLException {
      try (var sentencia = conexion.createStatement()) {
        sentencia.execute(sql);
      }
    }

    /** A start that failed leaves through here: the lock is released with the connection. */
    @Override
    public synchronized void destroy() throws SQLException {
      if (conexion != null) {
        try {
          conexion.rollback();
          if (h2) {
            conexion.setAutoCommit(true);
            ejecutar(conexion, "SET WRITE_DELAY " + retrasoEscritura);
          }
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
