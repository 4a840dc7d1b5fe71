package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the servlet container does after {@code response.sendError(...)} and MockMvc does not: the
 * error dispatch to Spring Boot's {@code /error}, which renders {@code templates/error/<status>.html}
 * (status, path and message as request attributes, dispatcher type {@code ERROR}, so the filters
 * behave as on the server). For web test slices; the tests on a real server ({@link PruebaServidor},
 * e.g. {@code portal.ErroresServidorTest}) see the container's own dispatch. Headers the filters set
 * on the first dispatch (CSP...) stay on the first response, as on the server.
 */
public final class DespachoError {

  private DespachoError() {}

  /** The page a browser gets for a request that the application answered with {@code sendError}. */
  public static MockHttpServletResponse pagina(MockMvc mvc, MvcResult resultado) throws Exception {
    MockHttpServletResponse respuesta = resultado.getResponse();
    assertThat(respuesta.getStatus()).as("an error status").isGreaterThanOrEqualTo(400);
    assertThat(respuesta.isCommitted()).as("left to the container (sendError)").isTrue();
    assertThat(respuesta.getContentAsByteArray()).as("no body of its own").isEmpty();
    MockHttpServletResponse pagina =
        mvc.perform(
                get("/error")
                    .accept(MediaType.TEXT_HTML)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, respuesta.getStatus())
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, resultado.getRequest().getRequestURI())
                    .requestAttr(RequestDispatcher.ERROR_MESSAGE, Objects.toString(respuesta.getErrorMessage(), ""))
                    .with(
                        peticion -> {
                          peticion.setDispatcherType(DispatcherType.ERROR);
                          return peticion;
                        }))
            .andReturn()
            .getResponse();
    pagina.setCharacterEncoding("UTF-8");
    return pagina;
  }
}
