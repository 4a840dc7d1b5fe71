package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (npm package, {@code node_modules/axe-core/axe.min.js}, installed by {@code npm ci}) run
 * on the page the browser shows: the serious and critical violations, readable.
 */
final class Axe {

  private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

  private final String script;

  Axe() {
    assertThat(AXE).as("axe-core is installed by `npm ci` (package.json) before the browser tests").exists();
    try {
      script = Files.readString(AXE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The serious and critical violations of the current page, named after {@code pagina}. */
  List<String> violaciones(WebDriver driver, String pagina) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(script);
    js.executeScript("window.__axe = null; axe.run(document).then(r => window.__axe = JSON.stringify(r.violations));");
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> js.executeScript("return window.__axe") != null);
    String json = (String) js.executeScript("return window.__axe");
    List<String> graves = new ArrayList<>();
    try {
      for (JsonNode v : new ObjectMapper().readTree(json)) {
        String impacto = v.path("impact").asText();
        if (impacto.equals("serious") || impacto.equals("critical")) {
          List<String> nodos = new ArrayList<>();
          v.path("nodes").forEach(n -> nodos.add(n.path("target").toString() + " " + n.path("failureSummary").asText()));
          graves.add(pagina + ": " + impacto + " " + v.path("id").asText() + " – " + v.path("help").asText() + " " + nodos);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!graves.isEmpty()) {
      System.out.println("axe-core violations on " + pagina + ":\n" + String.join("\n", graves));
    }
    return graves;
  }

  /** Asserts the current page has no serious or critical violation. */
  void sinViolaciones(WebDriver driver, String pagina) {
    assertThat(violaciones(driver, pagina)).as("serious or critical axe-core violations").isEmpty();
  }
}
