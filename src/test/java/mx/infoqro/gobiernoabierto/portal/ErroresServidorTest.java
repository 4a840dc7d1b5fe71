package mx.infoqro.gobiernoabierto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot's error pages, through the real server: Spanish, in the portal's layout, without a
 * stack trace; and the portal's security headers stay off the Camunda webapps.
 */
class ErroresServidorTest extends PruebaServidor {

  /** What a browser accepts: Spring Boot answers errors as HTML only to it. */
  private static final String NAVEGADOR = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void anUnknownPathGetsTheSpanishNotFoundPage() throws Exception {
    HttpResponse<String> respuesta = get("/no-existe/en/el-portal");

    assertThat(respuesta.statusCode()).isEqualTo(404);
    assertThat(respuesta.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(respuesta.body())
        .contains("lang=\"es-MX\"")
        .contains("Página no encontrada")
        .contains("Volver al inicio")
        .doesNotContain("Whitelabel")
        .doesNotContain("Exception");
    assertThat(respuesta.headers().firstValue("Content-Security-Policy")).contains(EncabezadosSeguridad.CSP);
  }

  @Test
  void aPostWithoutCsrfTokenIsRefusedWithTheGenericSpanishPage() throws Exception {
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(url("/privacidad")))
            .header("Accept", NAVEGADOR)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> respuesta = http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(respuesta.statusCode()).isEqualTo(403);
    assertThat(respuesta.body()).contains("No pudimos atender su solicitud").doesNotContain("Exception");
  }

  @Test
  void theCamundaWebappsKeepTheirOwnHeaders() throws Exception {
    HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).isNotEqualTo(java.util.Optional.of(EncabezadosSeguridad.CSP));
    assertThat(tasklist.headers().firstValue("X-Frame-Options")).isNotEqualTo(java.util.Optional.of("DENY"));
  }

  @Test
  void onlyCamundaPathsAreLeftWithoutThePortalHeaders() {
    assertThat(EncabezadosSeguridad.esDeCamunda("/camunda/app/tasklist/default/")).isTrue();
    assertThat(EncabezadosSeguridad.esDeCamunda("/engine-rest/task")).isTrue();
    assertThat(EncabezadosSeguridad.esDeCamunda("/camundaX")).isFalse();
    assertThat(EncabezadosSeguridad.esDeCamunda("/mesas/1")).isFalse();
  }

  private HttpResponse<String> get(String ruta) throws Exception {
    HttpRequest peticion = HttpRequest.newBuilder(URI.create(url(ruta))).timeout(Duration.ofSeconds(30)).header("Accept", NAVEGADOR).GET().build();
    return http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
