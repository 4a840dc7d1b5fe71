package mx.infoqro.gobiernoabierto.comun;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one HTML-to-PDF renderer of the application (the published call, the action plan): a
 * Thymeleaf template (well-formed XHTML) rendered by openhtmltopdf. Templates use the PDF base-14
 * fonts (WinAnsi encoding covers Spanish accents, ñ, ¿ and ¡), so no font file has to ship with the
 * application. The commission ({@link Organismo}) is always in the context as {@code organismo}.
 */
@Component
public class DocumentosPdf {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private final ITemplateEngine plantillas;
  private final Organismo organismo;

  DocumentosPdf(ITemplateEngine plantillas, Organismo organismo) {
    this.plantillas = plantillas;
    this.organismo = organismo;
  }

  /** The PDF of a template with its variables. */
  public byte[] generar(String plantilla, Map<String, Object> variables) {
    Context contexto = new Context(ES_MX);
    contexto.setVariables(variables);
    contexto.setVariable("organismo", organismo);
    String html = plantillas.process(plantilla, contexto);
    try (ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      PdfRendererBuilder constructor = new PdfRendererBuilder();
      constructor.useFastMode();
      constructor.withHtmlContent(html, null);
      constructor.toStream(salida);
      constructor.run();
      return salida.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the PDF " + plantilla, e);
    }
  }
}
