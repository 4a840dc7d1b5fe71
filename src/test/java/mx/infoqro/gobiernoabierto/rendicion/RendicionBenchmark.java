package mx.infoqro.gobiernoabierto.rendicion;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark of the public side (docs/rendimiento.md), not a timed test: it seeds one published
 * plan of 1,000 commitments × 5 milestones × 8 verified reports (with evidence) on H2, then
 * requests over real HTTP the dashboard's first page and a filtered page, a commitment's page, and
 * the full CSV and XLSX downloads of the commitments and of the reports, and writes the latencies
 * (p50, p95, max) and the SQL statements each request ran to {@code target/benchmark/rendicion.md}.
 * Run alone: {@code ./mvnw -Pbench test -Dtest=RendicionBenchmark} (or {@code bench/run RendicionBenchmark}).
 */
@Tag("bench")
@TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true", "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
class RendicionBenchmark extends PruebaServidor {

  static final int COMPROMISOS = 1000;
  static final int HITOS = 5;
  static final int REPORTES = 8;
  static final long BASE = 1_000_000L;

  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManagerFactory emf;
  @Autowired mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados publicados;
  @Autowired TableroCompromisos tablero;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void publicSideUnderAThousandCommitments() throws Exception {
    long inicio = System.nanoTime();
    sembrar();
    double siembra = (System.nanoTime() - inicio) / 1e9;
    String folio = "EGA-2090-C-" + String.format("%03d", 500);
    for (int k = 0; k < 3; k++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 30; i++) { publicados.compromisos(); }
      long t1 = System.nanoTime();
      for (int i = 0; i < 30; i++) { tablero.tablero(new TableroCompromisos.Filtro(null, null, null, null, null, 1)); }
      long t2 = System.nanoTime();
      System.out.printf("DIAG compromisos() %.1f ms, tablero() %.1f ms%n", (t1 - t0) / 30e6, (t2 - t1) / 30e6);
    }
    List<String> filas = new ArrayList<>();
    filas.add(medir("Tablero, primera página", "/compromisos", 20, 100));
    filas.add(medir("Tablero filtrado (eje, estado, texto), página 2", "/compromisos?eje=anticorrupcion&estado=SUSTANCIAL&q=compromiso&pagina=2", 20, 100));
    filas.add(medir("Página de un compromiso (8 reportes)", "/compromisos/" + folio, 20, 100));
    filas.add(medir("Descarga compromisos.csv", "/datos/compromisos.csv", 3, 15));
    filas.add(medir("Descarga compromisos.xlsx", "/datos/compromisos.xlsx", 3, 15));
    filas.add(medir("Descarga avances.csv (8,000 reportes)", "/datos/avances.csv", 3, 15));
    filas.add(medir("Descarga avances.xlsx (8,000 reportes)", "/datos/avances.xlsx", 3, 15));
    String informe =
        "| petición | n | p50 ms | p95 ms | máx ms | consultas SQL | bytes |\n|---|---|---|---|---|---|---|\n"
            + String.join("\n", filas)
            + "\n\nDatos: " + COMPROMISOS + " compromisos × " + HITOS + " hitos × " + REPORTES + " reportes verificados (2 evidencias cada uno);"
            + String.format(" sembrados en %.1f s. Procesadores: %d. Java %s.%n", siembra, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    Path salida = Path.of("target/benchmark/rendicion.md");
    Files.createDirectories(salida.getParent());
    Files.writeString(salida, informe);
    System.out.println(informe);
  }

  /** Warm-up requests, then measured ones in sequence; the SQL statements of one request. */
  private String medir(String nombre, String ruta, int calentamiento, int veces) throws IOException, InterruptedException {
    HttpRequest peticion = HttpRequest.newBuilder(URI.create(url(ruta))).build();
    long bytes = 0;
    for (int i = 0; i < calentamiento; i++) {
      bytes = ok(http.send(peticion, HttpResponse.BodyHandlers.ofByteArray()), ruta).length;
    }
    Statistics estadisticas = emf.unwrap(SessionFactory.class).getStatistics();
    estadisticas.clear();
    ok(http.send(peticion, HttpResponse.BodyHandlers.ofByteArray()), ruta);
    long consultas = estadisticas.getPrepareStatementCount();
    double[] ms = new double[veces];
    for (int i = 0; i < veces; i++) {
      long t = System.nanoTime();
      ok(http.send(peticion, HttpResponse.BodyHandlers.ofByteArray()), ruta);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return String.format(
        "| %s | %d | %.0f | %.0f | %.0f | %d | %,d |",
        nombre, veces, ms[veces / 2], ms[(int) Math.ceil(veces * 0.95) - 1], ms[veces - 1], consultas, bytes);
  }

  private static byte[] ok(HttpResponse<byte[]> r, String ruta) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(ruta + " answered " + r.statusCode());
    }
    return r.body();
  }

  /** One edition with a published plan, 20 agencies, and the commitments, milestones, reports and evidence, by JDBC batches. */
  private void sembrar() {
    Timestamp ahora = Timestamp.from(Instant.now());
    LocalDate hoy = LocalDate.now();
    jdbc.update("insert into ejercicio (id, anio, folio, fase, estado, creado) values (?, 2090, 'EGA-2090', 'SEGUIMIENTO', 'EN_CURSO', ?)", BASE, ahora);
    jdbc.update(
        "insert into convocatoria (ejercicio_id, titulo, texto, contacto, fecha_inicio_plan, fecha_fin_plan, estado, version, publicada)"
            + " values (?, 'Convocatoria 2090', 'Texto', 'contacto@example.mx', ?, ?, 'PUBLICADA', 1, ?)",
        BASE, Date.valueOf(hoy.minusYears(1)), Date.valueOf(hoy.plusYears(1)), ahora);
    jdbc.update(
        "insert into plan_accion (ejercicio_id, numero_compromisos, generado, firmado_por, firmado, publicado) values (?, ?, ?, 'pleno', ?, ?)",
        BASE, COMPROMISOS, ahora, ahora, ahora);
    List<Long> ejes = jdbc.queryForList("select id from eje_tematico order by orden", Long.class);
    List<Object[]> sujetos = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      sujetos.add(new Object[] {BASE + s, "bench-" + s, "Dependencia de prueba " + s, "DP" + s});
    }
    jdbc.batchUpdate("insert into sujeto_obligado (id, clave, nombre, siglas, tipo, activo) values (?, ?, ?, ?, 'ESTATAL', true)", sujetos);
    String texto = "Texto del compromiso para medir el tablero con contenido realista. ".repeat(8);
    List<Object[]> compromisos = new ArrayList<>();
    List<Object[]> hitos = new ArrayList<>();
    List<Object[]> reportes = new ArrayList<>();
    List<Object[]> avances = new ArrayList<>();
    List<Object[]> evidencias = new ArrayList<>();
    long idAvance = BASE;
    long idEvidencia = BASE;
    for (int c = 0; c < COMPROMISOS; c++) {
      long idC = BASE + c;
      compromisos.add(new Object[] {
        idC, BASE, ejes.get(c % ejes.size()), c + 1, "EGA-2090-C-" + String.format("%03d", c + 1), "Compromiso de prueba " + (c + 1),
        texto, texto, texto, texto, "TRANSPARENCIA,RENDICION_DE_CUENTAS", BASE + (c % 20), "Organizaciones de la sociedad civil",
        Date.valueOf(hoy.minusYears(1)), Date.valueOf(hoy.plusYears(1)), ahora, ahora});
      for (int h = 0; h < HITOS; h++) {
        long idH = BASE + (long) c * HITOS + h;
        int porcentaje = Math.min(100, (c * 7 + h * 13) % 120);
        hitos.add(new Object[] {
          idH, idC, "Hito " + (h + 1) + " del compromiso " + (c + 1), "Producto verificable", Date.valueOf(hoy.minusYears(1)),
          Date.valueOf(hoy.minusMonths(10).plusMonths(h * 4L)), porcentaje == 100 ? "COMPLETADO" : porcentaje == 0 ? "NO_INICIADO" : "EN_PROCESO",
          porcentaje});
      }
      for (int r = 0; r < REPORTES; r++) {
        long idR = BASE + (long) c * REPORTES + r;
        Timestamp publicado = Timestamp.valueOf(LocalDateTime.now().minusDays(90L * (REPORTES - r)));
        reportes.add(new Object[] {
          idR, idC, r + 1, Date.valueOf(hoy.minusDays(90L * (REPORTES - r))), "Narrativa del avance del periodo " + (r + 1) + ". " + texto,
          publicado, publicado, publicado});
        for (int h = 0; h < HITOS; h++) {
          avances.add(new Object[] {idAvance++, idR, BASE + (long) c * HITOS + h, "EN_PROCESO", Math.min(99, 10 * (r + 1) + h)});
        }
        for (int e = 0; e < 2; e++) {
          evidencias.add(new Object[] {idEvidencia++, idR, "https://datos.example.mx/c" + idC + "/r" + r + "/" + e, "Evidencia " + (e + 1)});
        }
      }
    }
    jdbc.batchUpdate(
        "insert into compromiso (id, ejercicio_id, eje_id, numero, folio, titulo, problema, status_quo, descripcion, como_resuelve, valores,"
            + " sujeto_responsable_id, otros_actores, fecha_inicio, fecha_fin, estado, ronda, aprobado, creado)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EN_IMPLEMENTACION', 1, ?, ?)",
        compromisos);
    jdbc.batchUpdate(
        "insert into hito (id, compromiso_id, descripcion, producto_esperado, fecha_inicio, fecha_fin, estado, porcentaje) values (?, ?, ?, ?, ?, ?, ?, ?)",
        hitos);
    jdbc.batchUpdate(
        "insert into reporte_avance (id, compromiso_id, periodo, fecha_corte, narrativa, estado, reportado_por, reportado, verificado_por, verificado, publicado)"
            + " values (?, ?, ?, ?, ?, 'PUBLICADO', 'enlace', ?, 'comision', ?, ?)",
        reportes);
    jdbc.batchUpdate("insert into avance_hito (id, reporte_id, hito_id, estado, porcentaje) values (?, ?, ?, ?, ?)", avances);
    jdbc.batchUpdate("insert into evidencia (id, reporte_id, tipo, url, descripcion) values (?, ?, 'ENLACE', ?, ?)", evidencias);
  }
}
