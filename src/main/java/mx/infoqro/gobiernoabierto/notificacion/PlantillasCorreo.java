package mx.infoqro.gobiernoabierto.notificacion;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification as e-mail: {@code templates/correo/notificacion.html} and its plain-text
 * alternative {@code templates/correo/notificacion.txt}, with the commission's name and contact in
 * the footer. Uses its own Thymeleaf engine (not a bean, so the web views keep Spring Boot's).
 */
@Component
class PlantillasCorreo {

  static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  /** The two parts of a rendered mail. */
  record Correo(String html, String texto) {}

  private final SpringTemplateEngine motor = new SpringTemplateEngine();
  private final Organismo organismo;

  PlantillasCorreo(MessageSource mensajes, Organismo organismo) {
    this.organismo = organismo;
    motor.addTemplateResolver(resolvedor(TemplateMode.HTML, "*.html", 1));
    motor.addTemplateResolver(resolvedor(TemplateMode.TEXT, "*.txt", 2));
    motor.setTemplateEngineMessageSource(mensajes);
  }

  private static ClassLoaderTemplateResolver resolvedor(TemplateMode modo, String patron, int orden) {
    ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
    r.setPrefix("templates/correo/");
    r.setTemplateMode(modo);
    r.setResolvablePatterns(Set.of(patron));
    r.setCharacterEncoding("UTF-8");
    r.setCacheable(true);
    r.setCheckExistence(true);
    r.setOrder(orden);
    return r;
  }

  /** The HTML and text bodies of a notification's mail. */
  Correo renderizar(Notificacion n) {
    Context contexto = new Context(ES_MX);
    contexto.setVariable("asunto", n.getAsunto());
    contexto.setVariable("cuerpo", n.getCuerpo());
    contexto.setVariable("parrafos", parrafos(n.getCuerpo()));
    contexto.setVariable("folio", n.getFolio());
    contexto.setVariable("organismo", organismo);
    return new Correo(motor.process("notificacion.html", contexto), motor.process("notificacion.txt", contexto));
  }

  /** The body split into paragraphs (blank lines) and each paragraph into its lines. */
  static List<List<String>> parrafos(String cuerpo) {
    return Arrays.stream(cuerpo.strip().split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .map(p -> List.of(p.split("\\R")))
        .toList();
  }
}
