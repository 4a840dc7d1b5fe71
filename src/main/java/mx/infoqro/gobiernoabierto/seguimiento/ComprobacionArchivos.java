package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/**
 * The checks of an uploaded evidence file that need no antivirus (OWASP's file-upload cheat sheet):
 * its type from its content against the allow-list, no script or embedded file in a PDF, no bomb or
 * macro in an office archive, no metadata left in a photograph. Pure: a file in, its type and the
 * file to keep out, or a {@link ValidacionException} with the Spanish reason.
 */
final class ComprobacionArchivos {

  /** What passed: the type decided from the content and the file to keep (a photograph's is a clean copy). */
  record Comprobado(String tipo, Path archivo) {}

  private static final Set<String> FOTOGRAFIAS = Set.of("image/jpeg", "image/png", "image/webp");

  private final Set<String> permitidos;

  ComprobacionArchivos(List<String> permitidos) {
    this.permitidos = Set.copyOf(permitidos);
  }

  /** Checks {@code archivo} (uploaded as {@code nombre}); a photograph's clean copy is written beside it. */
  Comprobado comprobar(Path archivo, String nombre) throws IOException {
    if (Files.size(archivo) == 0) {
      throw ValidacionException.de("evidencia.vacio");
    }
    String tipo = TiposArchivo.detectar(archivo, nombre);
    if (!permitidos.contains(tipo)) {
      throw ValidacionException.de("evidencia.tipo-no-permitido", nombre, tipo);
    }
    if (tipo.equals("application/pdf")) {
      InspeccionPdf.comprobar(archivo);
    }
    if (FOTOGRAFIAS.contains(tipo)) {
      Path limpio = archivo.resolveSibling(archivo.getFileName() + ".limpio");
      LimpiezaMetadatos.limpiar(tipo, archivo, limpio);
      return new Comprobado(tipo, limpio);
    }
    return new Comprobado(tipo, archivo);
  }
}
