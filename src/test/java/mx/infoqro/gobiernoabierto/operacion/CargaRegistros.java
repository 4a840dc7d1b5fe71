package mx.infoqro.gobiernoabierto.operacion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent visitors registering at {@code /registro}, each with a new e-mail and address, until
 * stopped, until the application stops answering, or until a number of registrations was sent. It
 * keeps what the portal acknowledged and the latencies; the loops are bounded by count and time.
 */
final class CargaRegistros implements AutoCloseable {

  private final ClientePortal cliente;
  private final String eje;
  private final String prefijo;
  private final ExecutorService hilos;
  private final AtomicBoolean parar = new AtomicBoolean();
  private final AtomicInteger enviados = new AtomicInteger();
  private final AtomicInteger rechazados = new AtomicInteger();
  private final AtomicInteger sinRespuesta = new AtomicInteger();
  final Set<String> aceptados = ConcurrentHashMap.newKeySet();
  /** Latency of the POST (nanoseconds) of each acknowledged registration. */
  final List<Long> latencias = Collections.synchronizedList(new ArrayList<>());
  final List<Long> latenciasFormulario = Collections.synchronizedList(new ArrayList<>());
  private long inicio;
  private long fin;

  CargaRegistros(ClientePortal cliente, String eje, String prefijo, int clientes) {
    this.cliente = cliente;
    this.eje = eje;
    this.prefijo = prefijo;
    this.hilos = Executors.newFixedThreadPool(clientes);
    for (int i = 0; i < clientes; i++) {
      hilos.submit(this::visitante);
    }
  }

  /** Starts the clients; each sends registrations until {@code maximo} were sent in all or {@link #parar}. */
  CargaRegistros iniciar(int maximo) {
    inicio = System.nanoTime();
    this.maximo = maximo;
    synchronized (this) {
      arrancar = true;
      notifyAll();
    }
    return this;
  }

  private volatile int maximo;
  private boolean arrancar;

  private void visitante() {
    synchronized (this) {
      while (!arrancar) {
        try {
          wait();
        } catch (InterruptedException e) {
          return;
        }
      }
    }
    while (!parar.get()) {
      int n = enviados.incrementAndGet();
      if (n > maximo) {
        break;
      }
      String correo = prefijo + n + "@carga.example";
      String direccion = "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
      try {
        ClientePortal.Resultado r = cliente.registrar(correo, eje, direccion);
        if (r.aceptado()) {
          aceptados.add(correo);
          latencias.add(r.nanosEnvio());
          latenciasFormulario.add(r.nanosFormulario());
        } else {
          rechazados.incrementAndGet();
        }
      } catch (IOException e) {
        // the application is gone (killed): this registration was never acknowledged
        sinRespuesta.incrementAndGet();
        if (parar.get()) {
          break;
        }
        AplicacionExterna.dormir(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    synchronized (this) {
      fin = Math.max(fin, System.nanoTime());
    }
  }

  void parar() {
    parar.set(true);
  }

  /** Waits for every client to finish. */
  void esperar(long segundos) throws InterruptedException {
    hilos.shutdown();
    if (!hilos.awaitTermination(segundos, TimeUnit.SECONDS)) {
      parar();
      hilos.shutdownNow();
    }
  }

  int rechazados() {
    return rechazados.get();
  }

  int sinRespuesta() {
    return sinRespuesta.get();
  }

  /** Seconds from the start to the last client's end. */
  double segundos() {
    return (fin - inicio) / 1e9;
  }

  /** The {@code p}-th percentile of the POST latencies, in milliseconds. */
  double percentilMs(double p) {
    return percentil(latencias, p);
  }

  static double percentil(List<Long> valores, double p) {
    List<Long> ordenadas;
    synchronized (valores) {
      ordenadas = new ArrayList<>(valores);
    }
    if (ordenadas.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(ordenadas);
    int i = (int) Math.ceil(p / 100.0 * ordenadas.size()) - 1;
    return ordenadas.get(Math.max(0, Math.min(i, ordenadas.size() - 1))) / 1e6;
  }

  @Override
  public void close() throws InterruptedException {
    parar();
    esperar(60);
  }
}
