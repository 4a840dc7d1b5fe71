package mx.infoqro.gobiernoabierto.seguimiento;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The antivirus client of the evidence files, and the scan of the quarantined ones every {@code
 * gobierno-abierto.evidencias.reintento-escaneo} (default a minute) on every node: a file is taken
 * again when the daemon is back; two nodes scanning the same file reach the same verdict.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EscaneoCuarentena {

  @Bean
  ClienteClamd clienteClamd(PropiedadesEvidencias propiedades) {
    return new ClienteClamd(propiedades.clamdHost(), propiedades.clamdPuerto(), propiedades.clamdEspera());
  }

  @Bean
  Tarea escaneoCuarentenaProgramado(ArchivosEvidencia archivos) {
    return new Tarea(archivos);
  }

  /** The scheduled scan. */
  static final class Tarea {
    private final ArchivosEvidencia archivos;

    Tarea(ArchivosEvidencia archivos) {
      this.archivos = archivos;
    }

    @Scheduled(
        initialDelayString = "${gobierno-abierto.evidencias.reintento-escaneo:PT1M}",
        fixedDelayString = "${gobierno-abierto.evidencias.reintento-escaneo:PT1M}")
    void escanear() {
      if (archivos.enCuarentena() > 0) {
        archivos.escanearCuarentena();
      }
    }
  }
}
