package mx.infoqro.gobiernoabierto.seguimiento;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the evidence files of progress reports (prefix {@code gobierno-abierto.evidencias}):
 * the allowed types (decided from the content), the size limits, the antivirus daemon and how often
 * quarantined files are scanned again.
 */
@ConfigurationProperties("gobierno-abierto.evidencias")
public record PropiedadesEvidencias(
    @DefaultValue({
          "application/pdf",
          "image/jpeg",
          "image/png",
          "image/webp",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "text/csv",
          "text/plain"
        })
        List<String> tipos,
    @DefaultValue("10MB") DataSize maximoArchivo,
    @DefaultValue("50MB") DataSize maximoReporte,
    @DefaultValue("127.0.0.1") String clamdHost,
    @DefaultValue("3310") int clamdPuerto,
    @DefaultValue("PT30S") Duration clamdEspera,
    @DefaultValue("PT1M") Duration reintentoEscaneo) {}
