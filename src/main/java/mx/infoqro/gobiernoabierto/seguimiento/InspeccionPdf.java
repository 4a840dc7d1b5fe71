package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Refuses a PDF that carries JavaScript, launches programs, embeds files or is an XFA form: every
 * object of the file is visited (those of object streams too), not only the catalogue's usual
 * places, so a script hidden in an annotation's action or a field is found as well.
 */
final class InspeccionPdf {

  private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

  private InspeccionPdf() {}

  static void comprobar(Path archivo) throws IOException {
    PDDocument documento;
    try {
      documento = Loader.loadPDF(archivo.toFile());
    } catch (InvalidPasswordException cifrado) {
      throw ValidacionException.de("evidencia.pdf-cifrado");
    } catch (IOException dañado) {
      throw ValidacionException.de("evidencia.ilegible");
    }
    try (documento) {
      Set<COSBase> vistos = Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<COSBase> pendientes = new ArrayDeque<>();
      pendientes.push(documento.getDocument().getTrailer());
      for (COSObjectKey clave : documento.getDocument().getXrefTable().keySet()) {
        COSObject objeto = documento.getDocument().getObjectFromPool(clave);
        if (objeto != null) {
          pendientes.push(objeto);
        }
      }
      while (!pendientes.isEmpty()) {
        COSBase base = pendientes.pop();
        if (base instanceof COSObject indirecto) {
          base = indirecto.getObject();
        }
        if (base == null || !vistos.add(base)) {
          continue;
        }
        if (base instanceof COSDictionary diccionario) {
          revisar(diccionario);
          diccionario.getValues().forEach(pendientes::push);
        } else if (base instanceof COSArray arreglo) {
          arreglo.forEach(pendientes::push);
        }
      }
    }
  }

  private static void revisar(COSDictionary d) {
    if (d.containsKey(COSName.JS)
        || d.containsKey(COSName.JAVA_SCRIPT)
        || COSName.JAVA_SCRIPT.equals(d.getCOSName(COSName.S))
        || LAUNCH.equals(d.getCOSName(COSName.S))
        || d.containsKey(COSName.XFA)) {
      throw ValidacionException.de("evidencia.pdf-javascript");
    }
    if (d.containsKey(EMBEDDED_FILES)
        || d.containsKey(COSName.EF)
        || FILE_ATTACHMENT.equals(d.getCOSName(COSName.SUBTYPE))) {
      throw ValidacionException.de("evidencia.pdf-adjuntos");
    }
  }
}
