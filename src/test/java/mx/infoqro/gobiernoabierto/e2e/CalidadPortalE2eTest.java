package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.portal.ConsultaPortal;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every public page of the portal, taken from its controllers, on the demo: the Nu HTML checker
 * (npm package {@code vnu-jar}) finds no error in any, and Lighthouse 12.2.3 (npm package, with
 * Debian's Chromium, mobile) scores each page that answers 200 at least {@value #MINIMO} in
 * performance, accessibility, best practices and SEO. Both are installed by {@code npm ci}. A new
 * GET page of the portal's controllers must be listed here (or said why not): the first test fails
 * until it is. The reports are left in {@code target/e2e/calidad/}.
 */
class CalidadPortalE2eTest extends PruebaNavegador {

  static final double MINIMO = 0.95;

  private static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");
  /** Lighthouse over a list of pages with one Chromium (the npm package of package.json). */
  private static final Path LIGHTHOUSE = Path.of("src/test/node/lighthouse-paginas.mjs");
  private static final Path CARPETA = Path.of(System.getProperty("e2e.dir", "target/e2e"), "calidad");
  private static final List<String> CATEGORIAS = List.of("performance", "accessibility", "best-practices", "seo");

  /** The packages whose controllers answer the public. */
  private static final List<String> PORTAL =
      List.of("portal", "rendicion", "datosabiertos", "participacion", "registro", "privacidad").stream()
          .map(p -> "mx.infoqro.gobiernoabierto." + p + ".")
          .toList();

  /** GET routes of the portal that are no HTML page, or no page anybody reaches without a submission. */
  private static final Map<String, String> SIN_REVISAR =
      Map.of(
          "/convocatoria.pdf", "a PDF",
          "/plan-de-accion.pdf", "a PDF",
          "/plan-de-accion/{folio}.pdf", "a PDF",
          "/plan-de-accion/{folio}/v{version:\\d{1,6}}.pdf", "a PDF",
          "/datos/catalogo.json", "JSON",
          "/datos/{conjunto}.{formato}", "CSV, JSON, XLSX",
          "/evidencias/{id}/{nombre}", "a participant's evidence file",
          "/mi-participacion/{token}/sesiones/{id}.ics", "a calendar file");

  @Autowired ConsultaPortal consulta;
  @Autowired CompromisosPublicados publicados;
  @Autowired MesaRepository mesas;
  @Autowired EnlacesParticipante enlaces;
  @Autowired TransactionTemplate tx;
  @Autowired Plazos plazos;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping rutas;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void everyGetRouteOfThePortalIsCheckedOrSaidWhyNot() {
    Set<String> revisadas = paginas().keySet().stream().map(p -> p.split(" ")[0]).collect(java.util.stream.Collectors.toSet());
    Set<String> faltan = new TreeSet<>();
    rutas.getHandlerMethods().forEach((info, metodo) -> {
      boolean delPortal = PORTAL.stream().anyMatch(p -> metodo.getBeanType().getName().startsWith(p));
      boolean get = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
      if (delPortal && get) {
        info.getPatternValues().stream()
            .filter(r -> !revisadas.contains(r) && !SIN_REVISAR.containsKey(r))
            .forEach(faltan::add);
      }
    });
    assertThat(faltan).as("GET routes of the portal neither checked by this class nor listed in SIN_REVISAR").isEmpty();
  }

  @Test
  void theNuHtmlCheckerFindsNoErrorAndLighthouseScoresEveryPageAtLeast095() throws Exception {
    assertThat(VNU).as("vnu-jar is installed by `npm ci` (package.json)").exists();
    assertThat(Path.of("node_modules/lighthouse")).as("lighthouse is installed by `npm ci` (package.json)").exists();
    Files.createDirectories(CARPETA);
    Map<String, Integer> estados = new LinkedHashMap<>();
    List<Path> archivos = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, String> pagina : paginas().entrySet()) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url(pagina.getValue())))
                  .header("Accept", "text/html,application/xhtml+xml") // as a browser asks
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(pagina.getValue()).startsWith("text/html");
      assertThat(r.body()).as(pagina.getValue()).contains("<meta name=\"description\"", "rel=\"icon\"");
      estados.put(pagina.getValue(), r.statusCode());
      Path archivo = CARPETA.resolve(String.format("%02d.html", ++n));
      Files.writeString(archivo, r.body(), StandardCharsets.UTF_8);
      archivos.add(archivo);
    }

    List<String> problemas = new ArrayList<>(nuHtmlChecker(archivos, List.copyOf(estados.keySet())));
    List<String> respondidas = estados.entrySet().stream().filter(e -> e.getValue() == 200).map(Map.Entry::getKey).toList();
    assertThat(respondidas).hasSizeGreaterThan(15);
    problemas.addAll(lighthouse(respondidas));

    assertThat(problemas).as("Nu HTML checker errors and Lighthouse categories below " + MINIMO).isEmpty();
  }

  /**
   * The pages checked, each "route pattern (what)" to its path on the demo; those that are no 200
   * (an unknown page, a link no longer valid) are checked by the Nu HTML checker only.
   */
  private Map<String, String> paginas() {
    var edicion = consulta.edicionActual().orElseThrow();
    String pasada = "EGA-" + (plazos.hoy().getYear() - 1);
    String compromiso = publicados.compromisos().get(0).folio();
    String enlace =
        tx.execute(
            s -> {
              Mesa mesa = mesas.findAll().stream().filter(m -> !m.getIntegrantes().isEmpty()).findFirst().orElseThrow();
              Registro integrante = mesa.getIntegrantes().iterator().next();
              return enlaces.emitir(integrante.getParticipante(), Proposito.ACCESO);
            });
    String invalido = "x".repeat(43);
    Map<String, String> p = new LinkedHashMap<>();
    p.put("/", "/");
    p.put("/convocatoria", "/convocatoria");
    p.put("/registro", "/registro");
    p.put("/registro/revise-su-correo", "/registro/revise-su-correo");
    p.put("/registro/confirmar/{token} (not valid)", "/registro/confirmar/" + invalido);
    p.put("/mesas", "/mesas");
    p.put("/mesas/{id}", "/mesas/" + edicion.mesas().get(0).id());
    p.put("/plan-de-accion", "/plan-de-accion");
    p.put("/plan-de-accion/{folio}", "/plan-de-accion/" + pasada);
    p.put("/compromisos", "/compromisos");
    p.put("/compromisos (filtered)", "/compromisos?estado=CON_RETRASO");
    p.put("/compromisos/{folio}", "/compromisos/" + compromiso);
    p.put("/compromisos/{folio}/versiones", "/compromisos/" + compromiso + "/versiones");
    p.put("/compromisos/seguir/{token} (not valid)", "/compromisos/seguir/" + invalido);
    p.put("/compromisos/dejar-de-seguir/{token} (not valid)", "/compromisos/dejar-de-seguir/" + invalido);
    p.put("/informe-final", "/informe-final");
    p.put("/informe-final/{folio}", "/informe-final/" + pasada);
    p.put("/estandares", "/estandares");
    p.put("/estandares/{folio}", "/estandares/" + pasada);
    p.put("/participacion", "/participacion");
    p.put("/datos", "/datos");
    p.put("/mi-participacion", "/mi-participacion");
    p.put("/mi-participacion/{token}", enlace.substring(enlace.indexOf("/mi-participacion/")));
    p.put("/mi-participacion/{token} (not valid)", "/mi-participacion/" + invalido);
    p.put("/privacidad", "/privacidad");
    p.put("/derechos-arco", "/derechos-arco");
    p.put("/derechos-arco/recibida", "/derechos-arco/recibida");
    p.put("/derechos-arco/confirmar/{token} (not valid)", "/derechos-arco/confirmar/" + invalido);
    p.put("(no page there)", "/no-existe-esta-pagina");
    return p;
  }

  /** {@code java -jar vnu.jar --errors-only --format json} over the saved pages, in one run. */
  private static List<String> nuHtmlChecker(List<Path> archivos, List<String> rutas) throws Exception {
    List<String> orden = new ArrayList<>(List.of(java(), "-jar", VNU.toString(), "--errors-only", "--format", "json"));
    archivos.forEach(a -> orden.add(a.toString()));
    Path salida = CARPETA.resolve("vnu.json");
    Process vnu = new ProcessBuilder(orden).redirectErrorStream(true).redirectOutput(salida.toFile()).start();
    assertThat(vnu.waitFor(5, TimeUnit.MINUTES)).as("the Nu HTML checker ends").isTrue();
    List<String> errores = new ArrayList<>();
    for (JsonNode m : new ObjectMapper().readTree(salida.toFile()).path("messages")) {
      String archivo = Path.of(URI.create(m.path("url").asText())).getFileName().toString();
      String ruta = rutas.get(Integer.parseInt(archivo.substring(0, 2)) - 1);
      errores.add("vnu " + ruta + ":" + m.path("lastLine").asText() + ": " + m.path("message").asText() + " «" + m.path("extract").asText() + "»");
    }
    return errores;
  }

  /**
   * Lighthouse (mobile, the CLI's defaults) on the pages, one Chromium for all ({@link #LIGHTHOUSE}):
   * the categories below {@link #MINIMO}, each with the audits that cost it. Accessibility, best
   * practices and SEO do not depend on the machine; performance does, as a busy machine (a CI
   * runner shared with other builds) only makes a page slower, never faster: a page below the
   * minimum in performance is measured again, up to {@value #MEDICIONES} times, and its best run
   * counts (Lighthouse's own advice on variability is to run it several times).
   */
  private List<String> lighthouse(List<String> rutas) throws IOException, InterruptedException {
    Map<String, JsonNode> informes = new LinkedHashMap<>(medir(rutas, CARPETA));
    for (int vez = 2; vez <= MEDICIONES; vez++) {
      List<String> lentas =
          rutas.stream().filter(r -> puntos(informes.get(r), "performance") < MINIMO).toList();
      if (lentas.isEmpty()) {
        break;
      }
      Path carpeta = Files.createDirectories(CARPETA.resolve("medicion-" + vez));
      medir(lentas, carpeta).forEach((ruta, informe) -> {
        if (puntos(informe, "performance") > puntos(informes.get(ruta), "performance")) {
          informes.put(ruta, informe);
        }
      });
    }
    List<String> bajas = new ArrayList<>();
    informes.forEach((ruta, r) -> {
      StringBuilder resumen = new StringBuilder("Lighthouse " + ruta + ":");
      for (String c : CATEGORIAS) {
        JsonNode categoria = r.path("categories").path(c);
        double puntos = puntos(r, c);
        resumen.append(' ').append(c).append('=').append(puntos);
        if (puntos < MINIMO) {
          List<String> auditorias = new ArrayList<>();
          for (JsonNode ref : categoria.path("auditRefs")) {
            JsonNode a = r.path("audits").path(ref.path("id").asText());
            if (ref.path("weight").asDouble() > 0 && !a.path("score").isNull() && a.path("score").asDouble(1) < 1) {
              auditorias.add(a.path("id").asText() + "=" + a.path("score").asText() + " " + a.path("displayValue").asText(""));
            }
          }
          bajas.add("Lighthouse " + ruta + ": " + c + " " + puntos + " " + auditorias
              + " (benchmarkIndex " + r.path("environment").path("benchmarkIndex").asText() + ")");
        }
      }
      System.out.println(resumen);
    });
    return bajas;
  }

  /** Times a page with performance below the minimum is measured, at most. */
  static final int MEDICIONES = 3;

  /** One run of {@link #LIGHTHOUSE} over {@code rutas}: each route's report, written to {@code carpeta}. */
  private Map<String, JsonNode> medir(List<String> rutas, Path carpeta) throws IOException, InterruptedException {
    List<String> orden = new ArrayList<>(List.of("node", LIGHTHOUSE.toString(), carpeta.toString()));
    rutas.forEach(r -> orden.add(url(r)));
    Path registro = carpeta.resolve("lighthouse.log");
    ProcessBuilder pb = new ProcessBuilder(orden).redirectErrorStream(true).redirectOutput(registro.toFile());
    pb.environment().put("CHROME_PATH", System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    Process lh = pb.start();
    assertThat(lh.waitFor(20, TimeUnit.MINUTES)).as("Lighthouse ends").isTrue();
    assertThat(lh.exitValue()).as("Lighthouse (see " + registro + "): " + Files.readString(registro)).isZero();
    Map<String, JsonNode> informes = new LinkedHashMap<>();
    for (int i = 0; i < rutas.size(); i++) {
      informes.put(rutas.get(i), new ObjectMapper().readTree(carpeta.resolve(String.format("%02d.lighthouse.json", i + 1)).toFile()));
    }
    return informes;
  }

  private static double puntos(JsonNode informe, String categoria) {
    return informe.path("categories").path(categoria).path("score").asDouble(0);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
