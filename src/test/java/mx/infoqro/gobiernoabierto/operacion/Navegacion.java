package mx.infoqro.gobiernoabierto.operacion;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's cookies over plain HTTP, kept by hand so one person's session can be sent to any
 * node: what a reverse proxy without sticky sessions does.
 */
final class Navegacion {

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final Map<String, String> cookies = new LinkedHashMap<>();

  HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return enviar(HttpRequest.newBuilder(URI.create(url)).GET(), Map.of());
  }

  HttpResponse<String> post(String url, Map<String, String> campos, Map<String, String> cabeceras)
      throws IOException, InterruptedException {
    String cuerpo =
        campos.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return enviar(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo)),
        cabeceras);
  }

  private HttpResponse<String> enviar(HttpRequest.Builder b, Map<String, String> cabeceras)
      throws IOException, InterruptedException {
    b.timeout(Duration.ofSeconds(60));
    cabeceras.forEach(b::header);
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    for (String c : r.headers().allValues("Set-Cookie")) {
      String par = c.split(";", 2)[0];
      int igual = par.indexOf('=');
      cookies.put(par.substring(0, igual).strip(), par.substring(igual + 1).strip());
    }
    return r;
  }
}
