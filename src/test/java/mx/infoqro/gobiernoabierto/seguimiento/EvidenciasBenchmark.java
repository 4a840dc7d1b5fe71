package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia.Solicitante;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of the evidence files (docs/rendimiento.md), not a timed test: a PDF of about 10 MB
 * (uncompressed pages of text, so every byte is read by the checks) is uploaded through the service
 * (size limit while reading, Tika, PDFBox's inspection, the scan by a real clamd, the rows and the
 * SHA-256 in H2), then downloaded whole and by a range over real HTTP from its public address; five
 * rounds each, with the JVM's heap in use after each upload. Writes {@code target/benchmark/evidencias.md}.
 * Run alone: {@code ./mvnw -Pbench test -Dtest=EvidenciasBenchmark}.
 */
@Tag("bench")
class EvidenciasBenchmark extends PruebaServidor {

  private static final int RONDAS = 5;

  @Autowired ArchivosEvidencia archivos;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired ReporteAvanceRepository reportes;
  @Autowired TransactionTemplate tx;

  @DynamicPropertySource
  static void antivirus(DynamicPropertyRegistry propiedades) {
    propiedades.add("gobierno-abierto.evidencias.clamd-puerto", () -> ClamdPrueba.compartido().puerto());
    propiedades.add("gobierno-abierto.evidencias.maximo-reporte", () -> "100MB");
  }

  @Test
  void uploadAndServeA10MbPdf() throws Exception {
    byte[] pdf = pdfDeDiezMegas();
    var plan = planes.publicado(1, "Compromiso del benchmark de evidencias");
    Long reporteId = planes.reporte(plan.compromisos().get(0), 1, EstadoReporte.PENDIENTE, new int[] {10, 10}, "Benchmark.").getId();
    Solicitante enlace = new Solicitante("enlace", List.of(SujetoObligado.grupoDe(plan.sujeto().getClave())));
    Runtime jvm = Runtime.getRuntime();
    List<Double> subidas = new ArrayList<>();
    List<Long> montones = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < RONDAS; i++) {
      long t0 = System.nanoTime();
      ArchivoEvidencia a = archivos.subir(reporteId, "informe-" + i + ".pdf", new ByteArrayInputStream(pdf), enlace);
      subidas.add((System.nanoTime() - t0) / 1e6);
      montones.add((jvm.totalMemory() - jvm.freeMemory()) / (1024 * 1024));
      ids.add(a.getId() + "/" + a.getNombre());
    }
    tx.executeWithoutResult(
        s -> {
          ReporteAvance r = reportes.findById(reporteId).orElseThrow();
          r.setEstado(EstadoReporte.PUBLICADO);
          r.setVerificado(Instant.now());
          r.setPublicado(Instant.now());
        });
    HttpClient http = HttpClient.newHttpClient();
    List<Double> descargas = new ArrayList<>();
    List<Double> rangos = new ArrayList<>();
    for (String id : ids) {
      URI uri = URI.create(url("/evidencias/" + id));
      long t0 = System.nanoTime();
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
      long leidos;
      try (InputStream cuerpo = r.body()) {
        leidos = cuerpo.transferTo(java.io.OutputStream.nullOutputStream());
      }
      descargas.add((System.nanoTime() - t0) / 1e6);
      if (r.statusCode() != 200 || leidos != pdf.length) {
        throw new IllegalStateException("download of " + id + ": " + r.statusCode() + ", " + leidos + " bytes");
      }
      long t1 = System.nanoTime();
      HttpResponse<byte[]> parcial =
          http.send(HttpRequest.newBuilder(uri).header("Range", "bytes=5000000-5065535").build(), HttpResponse.BodyHandlers.ofByteArray());
      rangos.add((System.nanoTime() - t1) / 1e6);
      if (parcial.statusCode() != 206 || parcial.body().length != 65536) {
        throw new IllegalStateException("range of " + id + ": " + parcial.statusCode());
      }
    }
    String informe =
        String.format(
            "# Evidence files: a %.1f MB PDF, %d rounds (H2 in memory, real clamd)%n%n| step | p50 ms | max ms |%n|---|---|---|%n"
                + "| upload (limit, Tika, PDFBox, clamd, rows + SHA-256) | %.0f | %.0f |%n| public download, whole | %.0f | %.0f |%n"
                + "| public download, 64 KiB range in the middle | %.0f | %.0f |%n%nHeap in use after each upload (MB): %s (max heap %d MB)%n",
            pdf.length / 1048576.0, RONDAS, p50(subidas), max(subidas), p50(descargas), max(descargas), p50(rangos), max(rangos), montones,
            jvm.maxMemory() / (1024 * 1024));
    Path salida = Path.of("target/benchmark/evidencias.md");
    Files.createDirectories(salida.getParent());
    Files.writeString(salida, informe);
    System.out.println(informe);
  }

  /** A valid PDF of about 10 MB: pages of uncompressed text. */
  private static byte[] pdfDeDiezMegas() throws Exception {
    Random azar = new Random(7);
    try (PDDocument d = new PDDocument()) {
      PDType1Font letra = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      ByteArrayOutputStream salida = new ByteArrayOutputStream();
      int paginas = 0;
      while (salida.size() < 10_000_000 - 400_000) {
        PDPage pagina = new PDPage();
        d.addPage(pagina);
        try (PDPageContentStream c = new PDPageContentStream(d, pagina, PDPageContentStream.AppendMode.OVERWRITE, false)) {
          c.beginText();
          c.setFont(letra, 6);
          c.newLineAtOffset(20, 780);
          for (int linea = 0; linea < 120; linea++) {
            char[] texto = new char[180];
            Arrays.setAll(new int[texto.length], k -> texto[k] = (char) ('a' + azar.nextInt(26)));
            c.showText(new String(texto));
            c.newLineAtOffset(0, -6.4f);
          }
          c.endText();
        }
        paginas++;
        if (paginas % 5 == 0) { // often enough not to pass the 10 MB limit by a batch of pages
          salida.reset();
          d.save(salida);
        }
      }
      salida.reset();
      d.save(salida);
      return salida.toByteArray();
    }
  }

  private static double p50(List<Double> v) {
    List<Double> o = v.stream().sorted().toList();
    return o.get(o.size() / 2);
  }

  private static double max(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
