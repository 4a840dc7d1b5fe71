package mx.infoqro.gobiernoabierto.seguimiento;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Evidence files made by the tests themselves: good ones of each type and the traps the checks must catch. */
public final class ArchivosPrueba {

  /** The text the GPS position of {@link #jpegConGps} carries (it must not survive). */
  public static final String GPS = "GPS 20.5888 N 100.3899 W";

  private ArchivosPrueba() {}

  public static byte[] pdf() throws IOException {
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      return guardar(d);
    }
  }

  public static byte[] pdfConJavaScript() throws IOException {
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hola');"));
      return guardar(d);
    }
  }

  public static byte[] pdfConAdjunto() throws IOException {
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      PDComplexFileSpecification especificacion = new PDComplexFileSpecification();
      especificacion.setFile("programa.exe");
      especificacion.setEmbeddedFile(new PDEmbeddedFile(d, new java.io.ByteArrayInputStream("MZ".getBytes())));
      PDEmbeddedFilesNameTreeNode arbol = new PDEmbeddedFilesNameTreeNode();
      arbol.setNames(java.util.Map.of("programa.exe", especificacion));
      PDDocumentNameDictionary nombres = new PDDocumentNameDictionary(d.getDocumentCatalog());
      nombres.setEmbeddedFiles(arbol);
      d.getDocumentCatalog().setNames(nombres);
      return guardar(d);
    }
  }

  /** A Windows executable's first bytes (DOS header, PE signature), to be renamed .pdf by a test. */
  public static byte[] ejecutable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  public static byte[] jpeg() throws IOException {
    BufferedImage imagen = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    imagen.setRGB(5, 5, 0xFF0000);
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    ImageIO.write(imagen, "jpg", salida);
    return salida.toByteArray();
  }

  /** A JPEG with an EXIF segment (APP1) carrying a GPS position and a camera serial number. */
  public static byte[] jpegConGps() throws IOException {
    byte[] jpeg = jpeg();
    byte[] exif = ("Exif\0\0MM\0*\0\0\0\b" + GPS + " SERIE-CAMARA-12345").getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    salida.write(jpeg, 0, 2);
    salida.write(0xFF);
    salida.write(0xE1);
    salida.write((exif.length + 2) >> 8);
    salida.write((exif.length + 2) & 0xFF);
    salida.write(exif);
    salida.write(jpeg, 2, jpeg.length - 2);
    return salida.toByteArray();
  }

  /** A PNG with a text chunk (a GPS position) after its header. */
  public static byte[] pngConTexto() throws IOException {
    BufferedImage imagen = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(imagen, "png", png);
    byte[] bytes = png.toByteArray();
    int finIhdr = 8 + 4 + 4 + 13 + 4;
    byte[] datos = ("Comment\0" + GPS).getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    salida.write(bytes, 0, finIhdr);
    escribirChunkPng(salida, "tEXt", datos);
    salida.write(bytes, finIhdr, bytes.length - finIhdr);
    return salida.toByteArray();
  }

  private static void escribirChunkPng(OutputStream salida, String tipo, byte[] datos) throws IOException {
    java.io.DataOutputStream out = new java.io.DataOutputStream(salida);
    out.writeInt(datos.length);
    byte[] t = tipo.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(datos);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(datos);
    out.writeInt((int) crc.getValue());
  }

  /** A WebP container: VP8X (EXIF flag set), an EXIF chunk with a GPS position, and a lossless frame. */
  public static byte[] webpConExif() throws IOException {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    chunkRiff(chunks, "VP8X", new byte[] {0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    chunkRiff(chunks, "EXIF", ("MM\0*" + GPS).getBytes(StandardCharsets.ISO_8859_1));
    chunkRiff(chunks, "VP8L", new byte[] {0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, 0x08});
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    salida.write("RIFF".getBytes(StandardCharsets.US_ASCII));
    int tamanio = 4 + chunks.size();
    salida.write(new byte[] {(byte) tamanio, (byte) (tamanio >> 8), (byte) (tamanio >> 16), (byte) (tamanio >> 24)});
    salida.write("WEBP".getBytes(StandardCharsets.US_ASCII));
    chunks.writeTo(salida);
    return salida.toByteArray();
  }

  private static void chunkRiff(ByteArrayOutputStream salida, String tipo, byte[] datos) throws IOException {
    salida.write(tipo.getBytes(StandardCharsets.US_ASCII));
    int n = datos.length;
    salida.write(new byte[] {(byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)});
    salida.write(datos);
    if ((n & 1) == 1) {
      salida.write(0);
    }
  }

  /** A minimal Word document; with {@code relleno} bytes of zeros in one more part (a zip bomb when large). */
  public static byte[] docx(long relleno) throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(salida)) {
      entrada(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
      entrada(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>");
      entrada(zip, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
      if (relleno > 0) {
        zip.putNextEntry(new ZipEntry("word/media/relleno.bin"));
        byte[] ceros = new byte[1 << 20];
        for (long escritos = 0; escritos < relleno; escritos += ceros.length) {
          zip.write(ceros, 0, (int) Math.min(ceros.length, relleno - escritos));
        }
        zip.closeEntry();
      }
    }
    return salida.toByteArray();
  }

  /** A minimal OpenDocument text (its first entry, stored, names its type). */
  public static byte[] odt() throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(salida)) {
      byte[] tipo = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(tipo.length);
      CRC32 crc = new CRC32();
      crc.update(tipo);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(tipo);
      zip.closeEntry();
      entrada(zip, "content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
    }
    return salida.toByteArray();
  }

  private static void entrada(ZipOutputStream zip, String nombre, String contenido) throws IOException {
    zip.putNextEntry(new ZipEntry(nombre));
    zip.write(contenido.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  public static Path escribir(Path carpeta, String nombre, byte[] contenido) throws IOException {
    return Files.write(carpeta.resolve(nombre), contenido);
  }

  private static byte[] guardar(PDDocument d) throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    d.save(salida);
    return salida.toByteArray();
  }
}
