package mx.infoqro.gobiernoabierto.operacion;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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
  FilterRegistrationBean<FiltroDisponibilidad> filtroDisponibilidad(ApplicationAvailability disponibilidad) {
    var registro = new FilterRegistrationBean<>(new FiltroDisponibilidad(disponibilidad));
    registro.setName("disponibilidad");
    // Before security, sessions and the webapps: a node that is not ready touches nothing
    registro.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registro;
  }

  static final class FiltroDisponibilidad extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(FiltroDisponibilidad.class);

    private final ApplicationAvailability disponibilidad;

    FiltroDisponibilidad(ApplicationAvailability disponibilidad) {
      this.disponibilidad = disponibilidad;
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
        if (!esFaltaDeBaseDeDatos(e) || respuesta.isCommitted()) {
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

  private static Throwable causaRaiz(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
