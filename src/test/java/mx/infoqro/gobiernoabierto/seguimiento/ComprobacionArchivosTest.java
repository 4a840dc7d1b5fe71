package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of an evidence file, each type accepted or refused by its content. */
class ComprobacionArchivosTest {

  private static final List<String> TIPOS =
      List.of(
          "application/pdf",
          "image/jpeg",
          "image/png",
          "image/webp",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          TiposArchivo.DOCX,
          TiposArchivo.XLSX,
          "text/csv",
          "text/plain");

  private final ComprobacionArchivos comprobacion = new ComprobacionArchivos(TIPOS);

  @TempDir Path carpeta;

  private ComprobacionArchivos.Comprobado comprobar(String nombre, byte[] contenido) throws Exception {
    return comprobacion.comprobar(ArchivosPrueba.escribir(carpeta, "subida", contenido), nombre);
  }

  @Test
  void eachAllowedTypeIsAcceptedByItsContent() throws Exception {
    assertThat(comprobar("informe.pdf", ArchivosPrueba.pdf()).tipo()).isEqualTo("application/pdf");
    assertThat(comprobar("foto.jpg", ArchivosPrueba.jpeg()).tipo()).isEqualTo("image/jpeg");
    assertThat(comprobar("foto.png", ArchivosPrueba.pngConTexto()).tipo()).isEqualTo("image/png");
    assertThat(comprobar("foto.webp", ArchivosPrueba.webpConExif()).tipo()).isEqualTo("image/webp");
    assertThat(comprobar("minuta.docx", ArchivosPrueba.docx(0)).tipo()).isEqualTo(TiposArchivo.DOCX);
    assertThat(comprobar("minuta.odt", ArchivosPrueba.odt()).tipo()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(comprobar("datos.csv", "municipio,asistentes\nQuerétaro,120\n".getBytes(StandardCharsets.UTF_8)).tipo())
        .isEqualTo("text/csv");
    assertThat(comprobar("nota.txt", "Acta de la sesión del día 3.".getBytes(StandardCharsets.UTF_8)).tipo())
        .isEqualTo("text/plain");
  }

  @Test
  void aRenamedExecutableIsRefusedWhateverItsName() {
    assertThatThrownBy(() -> comprobar("informe.pdf", ArchivosPrueba.ejecutable()))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("«informe.pdf» no es de un tipo permitido")
        .hasMessageContaining("application/x-msdownload");
  }

  @Test
  void htmlAndPlainZipArchivesAreRefused() {
    assertThatThrownBy(() -> comprobar("nota.txt", "<html><script>alert(1)</script></html>".getBytes()))
        .hasMessageContaining("no es de un tipo permitido");
  }

  @Test
  void aPdfWithJavaScriptIsRefused() {
    assertThatThrownBy(() -> comprobar("informe.pdf", ArchivosPrueba.pdfConJavaScript()))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("JavaScript");
  }

  @Test
  void aPdfWithAnEmbeddedFileIsRefused() {
    assertThatThrownBy(() -> comprobar("informe.pdf", ArchivosPrueba.pdfConAdjunto()))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("archivos incrustados");
  }

  @Test
  void aZipBombInsideADocxIsRefused() throws Exception {
    byte[] bomba = ArchivosPrueba.docx(TiposArchivo.MAXIMO_DESCOMPRIMIDO + 1);
    assertThat(bomba.length).isLessThan(1024 * 1024); // small on the wire, 200 MB inflated
    assertThatThrownBy(() -> comprobar("minuta.docx", bomba))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("desproporcionado");
  }

  @Test
  void aJpegLosesItsGpsExifAndStaysAnImage() throws Exception {
    byte[] original = ArchivosPrueba.jpegConGps();
    assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(ArchivosPrueba.GPS);

    ComprobacionArchivos.Comprobado comprobado = comprobar("foto.jpg", original);

    byte[] limpio = Files.readAllBytes(comprobado.archivo());
    assertThat(new String(limpio, StandardCharsets.ISO_8859_1)).doesNotContain(ArchivosPrueba.GPS).doesNotContain("Exif");
    var imagen = ImageIO.read(new ByteArrayInputStream(limpio));
    assertThat(imagen.getWidth()).isEqualTo(40);
    assertThat(imagen.getHeight()).isEqualTo(30);
  }

  @Test
  void pngAndWebpLoseTheirMetadataChunks() throws Exception {
    byte[] png = Files.readAllBytes(comprobar("foto.png", ArchivosPrueba.pngConTexto()).archivo());
    assertThat(new String(png, StandardCharsets.ISO_8859_1)).doesNotContain(ArchivosPrueba.GPS).doesNotContain("tEXt");
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(20);

    byte[] webp = Files.readAllBytes(comprobar("foto.webp", ArchivosPrueba.webpConExif()).archivo());
    String texto = new String(webp, StandardCharsets.ISO_8859_1);
    assertThat(texto).doesNotContain(ArchivosPrueba.GPS).doesNotContain("EXIF").contains("VP8L");
    int tamanioRiff = (webp[4] & 0xFF) | (webp[5] & 0xFF) << 8 | (webp[6] & 0xFF) << 16 | (webp[7] & 0xFF) << 24;
    assertThat(tamanioRiff).isEqualTo(webp.length - 8);
    assertThat(webp[20] & 0x08).isZero(); // VP8X no longer announces EXIF
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> comprobar("vacio.pdf", new byte[0])).hasMessage("El archivo está vacío.");
  }

  @Test
  void theAllowListIsConfigurable() {
    ComprobacionArchivos soloPdf = new ComprobacionArchivos(List.of("application/pdf"));
    assertThatThrownBy(() -> soloPdf.comprobar(ArchivosPrueba.escribir(carpeta, "f", ArchivosPrueba.jpeg()), "foto.jpg"))
        .hasMessageContaining("no es de un tipo permitido");
  }

  @Test
  void aFileOneByteOverTheLimitIsRefusedWhileRead() throws Exception {
    int limite = 10 * 1024 * 1024;
    try (LimiteBytes justo = new LimiteBytes(new ByteArrayInputStream(new byte[limite]), limite)) {
      assertThat(justo.readAllBytes()).hasSize(limite);
    }
    try (LimiteBytes excedido = new LimiteBytes(new ByteArrayInputStream(new byte[limite + 1]), limite)) {
      assertThatThrownBy(excedido::readAllBytes).isInstanceOf(LimiteBytes.LimiteExcedido.class);
    }
  }

  @Test
  void originalNamesLoseTheirFoldersAndKeepTheirAccents() {
    assertThat(NombresArchivo.limpiar("C:\\Users\\enlace\\Minuta de la sesión.pdf")).isEqualTo("Minuta de la sesión.pdf");
    assertThat(NombresArchivo.limpiar("../../etc/passwd")).isEqualTo("passwd");
    assertThat(NombresArchivo.limpiar("reporte\r\nSet-Cookie: x.pdf")).isEqualTo("reporte__Set-Cookie_ x.pdf");
    assertThat(NombresArchivo.limpiar(".oculto")).isEqualTo("oculto");
    assertThat(NombresArchivo.limpiar("")).isEqualTo("archivo");
    assertThat(NombresArchivo.limpiar("Año de la niñez — acción.docx")).isEqualTo("Año de la niñez — acción.docx");
    String largo = NombresArchivo.limpiar("á".repeat(300) + ".pdf");
    assertThat(largo).hasSize(NombresArchivo.MAXIMO).endsWith("á.pdf");
  }
}
