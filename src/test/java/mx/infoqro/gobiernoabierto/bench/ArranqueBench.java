package mx.infoqro.gobiernoabierto.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.operacion.AplicacionExterna;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * B3 start: from {@code java -jar} to ready, on an empty data directory, alternating the bare engine
 * (ready when its REST API answers) and the application with the demo profile (ready when its
 * readiness probe says so: deployments done, demo data seeded), three times each; the medians and
 * their ratio. Also the application's restart on the data of its first start, and its resident
 * memory once ready.
 */
@Tag("bench")
class ArranqueBench {

  static final int VUELTAS = Integer.getInteger("bench.b3.vueltas", 3);

  @Test
  void startToReady() throws Exception {
    Bench.encabezado("B3 start to ready");
    List<Long> base = new ArrayList<>();
    List<Long> aplicacion = new ArrayList<>();
    List<Long> reinicio = new ArrayList<>();
    List<Long> cds = new ArrayList<>();
    String directorioCds = System.getProperty("bench.cds");
    boolean conCds = directorioCds != null && java.nio.file.Files.exists(java.nio.file.Path.of(directorioCds, "app.jsa"));
    for (int i = 0; i < VUELTAS; i++) {
      try (AplicacionExterna b = Bench.base("b3-base", 18160).iniciar()) {
        base.add(b.esperar("/engine-rest/engine", Duration.ofMinutes(4)));
      }
      AplicacionExterna app = Bench.aplicacion("b3-app", 18170).iniciar();
      try {
        aplicacion.add(app.esperarLista(Duration.ofMinutes(4)));
        Bench.informar("B3 application ready after %d ms, resident %d MiB", aplicacion.get(i), app.residenteMiB());
      } finally {
        app.detener();
      }
      // The same data directory again: what an operator's restart costs
      AplicacionExterna otra =
          new AplicacionExterna("b3-app", 18170, Bench.DIRECTORIO.resolve("b3-app"))
              .jar(java.nio.file.Path.of(Bench.jarAplicacion()).toAbsolutePath().toString())
              .opcionesJvm(Bench.opcionesAplicacion())
              .con("SPRING_PROFILES_ACTIVE", "demo")
              .con("DEMO_SMTP_PORT", "18171")
              .con("DEMO_IMAP_PORT", "18172")
              .iniciar();
      try {
        reinicio.add(otra.esperarLista(Duration.ofMinutes(4)));
      } finally {
        otra.detener();
      }
      if (conCds) {
        java.nio.file.Path cdsDir = java.nio.file.Path.of(directorioCds).toAbsolutePath();
        List<String> opciones = new ArrayList<>(List.of(Bench.opcionesAplicacion()));
        opciones.add("-XX:SharedArchiveFile=" + cdsDir.resolve("app.jsa"));
        // Without it a JVM that cannot use the archive (another path to the jar than the training
        // run's) only warns and starts without it: the figure would not be the documented start's
        opciones.add("-Xshare:on");
        AplicacionExterna conArchivo =
            new AplicacionExterna("b3-app-cds", 18175, Bench.directorio("b3-app-cds"))
                .jar(cdsDir.resolve("app").resolve(Bench.nombreJar()).toString())
                .opcionesJvm(opciones.toArray(String[]::new))
                .con("SPRING_PROFILES_ACTIVE", "demo")
                .con("DEMO_SMTP_PORT", "18176")
                .con("DEMO_IMAP_PORT", "18177")
                .iniciar();
        try {
          cds.add(conArchivo.esperarLista(Duration.ofMinutes(4)));
        } finally {
          conArchivo.detener();
        }
      }
      Bench.informar(
          "B3 round %d: bare %d ms, application %d ms, restart %d ms%s",
          i + 1, base.get(i), aplicacion.get(i), reinicio.get(i), conCds ? ", application with CDS " + cds.get(i) + " ms" : "");
    }
    double medianaBase = Bench.mediana(base);
    double medianaApp = Bench.mediana(aplicacion);
    Bench.informar(
        "B3 medians: bare %.0f ms, application (first start, demo seeded) %.0f ms, restart %.0f ms; ratio %.2f",
        medianaBase,
        medianaApp,
        Bench.mediana(reinicio),
        medianaApp / medianaBase);
    if (conCds) {
      Bench.informar(
          "B3 application started as docs/operacion.md documents (extracted jar + CDS archive): median %.0f ms; ratio %.2f",
          Bench.mediana(cds), Bench.mediana(cds) / medianaBase);
    }
  }
}
