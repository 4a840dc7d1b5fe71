package mx.infoqro.gobiernoabierto.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code clientes} threads run one operation after another until {@code total}
 * operations were started (bounded in count, and in time by {@code limite}). Each operation returns
 * whether it succeeded; the latency of each successful one is kept.
 */
final class Carga {

  /** One operation number {@code n}; true when it succeeded. */
  interface Operacion {
    boolean ejecutar(int n) throws Exception;
  }

  /** What a load measured. */
  record Resultado(int exitos, int fallos, double segundos, List<Long> latencias) {
    double porSegundo() {
      return exitos / segundos;
    }

    double percentilMs(double p) {
      if (latencias.isEmpty()) {
        return Double.NaN;
      }
      List<Long> l = new ArrayList<>(latencias);
      Collections.sort(l);
      int i = (int) Math.ceil(p / 100.0 * l.size()) - 1;
      return l.get(Math.max(0, Math.min(i, l.size() - 1))) / 1e6;
    }

    String resumen() {
      return String.format(
          Locale.ROOT,
          "%d ok, %d failed in %.1f s: %.1f/s, p50 %.0f ms, p99 %.0f ms",
          exitos,
          fallos,
          segundos,
          porSegundo(),
          percentilMs(50),
          percentilMs(99));
    }
  }

  static Resultado medir(int clientes, int total, int limiteSegundos, Operacion operacion) throws InterruptedException {
    AtomicInteger siguiente = new AtomicInteger();
    AtomicInteger exitos = new AtomicInteger();
    AtomicInteger fallos = new AtomicInteger();
    List<Long> latencias = Collections.synchronizedList(new ArrayList<>());
    long fin = System.nanoTime() + limiteSegundos * 1_000_000_000L;
    ExecutorService hilos = Executors.newFixedThreadPool(clientes);
    long inicio = System.nanoTime();
    for (int c = 0; c < clientes; c++) {
      hilos.submit(
          () -> {
            int n;
            while ((n = siguiente.incrementAndGet()) <= total && System.nanoTime() < fin) {
              long t0 = System.nanoTime();
              boolean ok;
              try {
                ok = operacion.ejecutar(n);
              } catch (Exception e) {
                ok = false;
              }
              if (ok) {
                latencias.add(System.nanoTime() - t0);
                exitos.incrementAndGet();
              } else {
                fallos.incrementAndGet();
              }
            }
          });
    }
    hilos.shutdown();
    hilos.awaitTermination(limiteSegundos + 60L, TimeUnit.SECONDS);
    double segundos = (System.nanoTime() - inicio) / 1e9;
    return new Resultado(exitos.get(), fallos.get(), segundos, latencias);
  }

  private Carga() {}
}
