package mx.infoqro.gobiernoabierto.actualizacion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Origen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The pending migrations run again when an administrator asks for it (after fixing why some
 * instances stayed), in the background while the node keeps serving: batch by batch, each its own
 * transaction, so staff and the portal keep working; the operations page shows the run's progress.
 * One run at a time in the whole cluster: the run holds the row of the start-up lock
 * ({@code bloqueo_arranque}), which a starting node holds while it migrates too.
 */
@Service
public class MigracionesBajoDemanda implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(MigracionesBajoDemanda.class);

  /** Seconds to wait for the lock that another node's start or run holds. */
  static final int ESPERA_SEGUNDOS = 10;

  private final MigracionInstancias migraciones;
  private final DataSource dataSource;
  private final AtomicBoolean enCurso = new AtomicBoolean();
  private final ExecutorService hilo =
      Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "migraciones");
        t.setDaemon(true);
        return t;
      });

  MigracionesBajoDemanda(MigracionInstancias migraciones, DataSource dataSource) {
    this.migraciones = migraciones;
    this.dataSource = dataSource;
  }

  /** What became of a request to run the migrations. */
  public enum Solicitud {
    INICIADA,
    /** A run is going on, on this node or on another one (or another node is starting). */
    OCUPADA
  }

  /** Starts a run in the background, unless one is going on already somewhere in the cluster. */
  public Solicitud iniciar(String usuario) {
    if (!enCurso.compareAndSet(false, true)) {
      return Solicitud.OCUPADA;
    }
    Connection cerrojo;
    try {
      cerrojo = tomarCerrojo();
    } catch (SQLException e) {
      LOG.info("Migraciones: otro nodo tiene el cerrojo de arranque ({}); no se inicia otra ejecución", e.getMessage());
      enCurso.set(false);
      return Solicitud.OCUPADA;
    }
    hilo.execute(() -> {
      try {
        migraciones.migrar(Origen.ADMINISTRACION, usuario);
      } catch (RuntimeException e) {
        LOG.error("Migraciones: la ejecución pedida por {} se interrumpió", usuario, e);
      } finally {
        soltar(cerrojo);
        enCurso.set(false);
      }
    });
    return Solicitud.INICIADA;
  }

  /** Whether a run asked for on this node is going on. */
  public boolean enCurso() {
    return enCurso.get();
  }

  private Connection tomarCerrojo() throws SQLException {
    Connection conexion = dataSource.getConnection();
    try {
      conexion.setAutoCommit(false);
      if (conexion.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        try (var espera = conexion.createStatement()) {
          espera.execute("set local lock_timeout = '" + ESPERA_SEGUNDOS + "s'");
        }
      }
      // H2 waits at most its LOCK_TIMEOUT (the URL's, 10 s)
      try (PreparedStatement consulta = conexion.prepareStatement("select nodo from bloqueo_arranque where id = 1 for update")) {
        consulta.executeQuery().close();
      }
      return conexion;
    } catch (SQLException e) {
      conexion.rollback();
      conexion.close();
      throw e;
    }
  }

  private static void soltar(Connection conexion) {
    try (conexion) {
      conexion.rollback();
    } catch (SQLException e) {
      LOG.warn("Migraciones: el cerrojo no se soltó limpiamente ({}); la base de datos lo suelta con la conexión", e.getMessage());
    }
  }

  @Override
  public void destroy() {
    hilo.shutdownNow();
  }
}
