package mx.infoqro.gobiernoabierto.portal;

import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.DocumentosPdf;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.Edicion;
import org.springframework.stereotype.Component;

/** The published call as a PDF: the template {@code convocatoria/convocatoriaPdf.html}. */
@Component
class ConvocatoriaPdf {

  private final DocumentosPdf documentos;

  ConvocatoriaPdf(DocumentosPdf documentos) {
    this.documentos = documentos;
  }

  /** The PDF of the edition's published call. */
  byte[] generar(Edicion edicion) {
    return documentos.generar("convocatoria/convocatoriaPdf", Map.of("edicion", edicion));
  }
}
