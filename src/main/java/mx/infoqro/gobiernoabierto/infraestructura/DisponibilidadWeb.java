package mx.infoqro.gobiernoabierto.infraestructura;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the application cannot serve, a person gets the Spanish "service unavailable" page (503,
 * {@code templates/error/503.html}) with {@code Retry-After}, never a generic error:
 *
 * <ul>
 *   <li>until the node is ready (deployments done, start-up work and demo data finished: Spring
 *       Boot's readiness state turns to accepting traffic after the last runner), every page,
 *       Tasklist, Cockpit and the REST API; only the health probes under {@code /actuator} answer.
 *       So nobody opens Tasklist in the first seconds and finds nothing;
 *   <li>while the database cannot be reached: any request that fails for that reason (no connection
 *       within the pool's timeout, a connection broken mid-request; recognised anywhere in the cause
 *       chain, so our services, JPA, the session store and the engine alike). Nothing needs a restart
 *       when the database returns: the pool opens new connections on the next request.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DisponibilidadWeb {

  @Bean
  FilterRegistrationBean<FiltroDisponibilidad> filtroDisponibilidad(
      ApplicationAvailability disponibilidad, DataSource baseDeDatos) {
    var registro = new FilterRegistrationBean<>(new FiltroDisponibilidad(disponibilidad, baseDeDatos));
    registro.setName("disponibilidad");
    // Before security, sessions and the webapps: a node that is not ready touches nothing
    registro.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registro;
  }

  static final class FiltroDisponibilidad extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(FiltroDisponibilidad.class);

    private final ApplicationAvailability disponibilidad;
    private final DataSource baseDeDatos;

    FiltroDisponibilidad(ApplicationAvailability disponibilidad, DataSource baseDeDatos) {
      this.disponibilidad = disponibilidad;
      this.baseDeDatos = baseDeDatos;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
        throws ServletException, IOException {
      boolean sonda = peticion.getRequestURI().startsWith(peticion.getContextPath() + "/actuator/");
      if (!sonda && disponibilidad.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
        noDisponible(respuesta, "10");
        return;
      }
      try {
        cadena.doFilter(peticion, respuesta);
      } catch (ServletException | IOException | RuntimeException e) {
        if (respuesta.isCommitted() || !(esFaltaDeBaseDeDatos(e) || (conErrorSql(e) && !alcanzable(baseDeDatos)))) {
          throw e;
        }
        LOG.warn("Database unavailable while serving {}: {}", peticion.getRequestURI(), causaRaiz(e).toString());
        respuesta.reset();
        noDisponible(respuesta, "30");
      }
    }

    private static void noDisponible(HttpServletResponse respuesta, String segundos) throws IOException {
      respuesta.setHeader(HttpHeaders.RETRY_AFTER, segundos);
      // The error dispatch renders templates/error/503.html (Spring Boot's error controller)
      respuesta.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
  }

  /** Whether a failure comes from an unreachable database (SQLState class 08: connection exception). */
  static boolean esFaltaDeBaseDeDatos(Throwable excepcion) {
    for (Throwable t = excepcion; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // A failed rollback on the broken connection hides the failure that caused it
      if (t instanceof TransactionSystemException fallo
          && fallo.getApplicationException() != null
          && esFaltaDeBaseDeDatos(fallo.getApplicationException())) {
        return true;
      }
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a failure passed through JDBC: when the database went away mid-request, the exception
   * that reaches here may be a failed rollback on the broken connection ("Unable to rollback
   * against JDBC Connection") that hides the cause; then the database itself is asked.
   */
  static boolean conErrorSql(Throwable excepcion) {
    for (Throwable t = excepcion; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  /** Whether the database answers now (a valid connection within a second). */
  private static boolean alcanzable(DataSource baseDeDatos) {
    try (Connection conexion = baseDeDatos.getConnection()) {
      return conexion.isValid(1);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static Throwable causaRaiz(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
