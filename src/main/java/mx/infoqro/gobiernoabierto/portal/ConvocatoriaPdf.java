package mx.infoqro.gobiernoabierto.portal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.Edicion;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The published call as a PDF: the Thymeleaf template {@code convocatoria/convocatoriaPdf.html}
 * (well-formed XHTML) rendered by openhtmltopdf. It uses the PDF base-14 fonts (WinAnsi encoding
 * covers Spanish accents, ñ, ¿ and ¡), so no font file has to ship with the application.
 */
@Component
class ConvocatoriaPdf {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private final ITemplateEngine plantillas;
  private final Organismo organismo;

  ConvocatoriaPdf(ITemplateEngine plantillas, Organismo organismo) {
    this.plantillas = plantillas;
    this.organismo = organismo;
  }

  /** The PDF of the edition's published call. */
  byte[] generar(Edicion edicion) {
    Context contexto = new Context(ES_MX);
    contexto.setVariable("edicion", edicion);
    contexto.setVariable("organismo", organismo);
    String html = plantillas.process("convocatoria/convocatoriaPdf", contexto);
    try (ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      PdfRendererBuilder constructor = new PdfRendererBuilder();
      constructor.useFastMode();
      constructor.withHtmlContent(html, null);
      constructor.toStream(salida);
      constructor.run();
      return salida.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the call as PDF", e);
    }
  }
}
