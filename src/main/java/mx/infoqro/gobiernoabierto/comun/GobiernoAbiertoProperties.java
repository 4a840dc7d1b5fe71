package mx.infoqro.gobiernoabierto.comun;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exercise (prefix {@code gobierno-abierto}): time zone, deadlines and limits the
 * commission may change without touching code. Documented in application.yaml.
 */
@ConfigurationProperties("gobierno-abierto")
public record GobiernoAbiertoProperties(
    @DefaultValue("America/Mexico_City") ZoneId zonaHoraria,
    @DefaultValue("3") int diasRecordatorioRegistro,
    @DefaultValue("10") int diasHabilesRespuestaPropuestas,
    @DefaultValue("10") int diasHabilesAceptacionCompromiso,
    @DefaultValue("7") int diasHabilesRecordatorioAceptacion,
    @DefaultValue("3") int rondasMaximasAprobacion,
    @DefaultValue("3") int mesesPeriodoReporte,
    @DefaultValue("15") int diasHabilesReporte,
    @DefaultValue("10") int diasHabilesRecordatorioReporte,
    @DefaultValue("10") int diasHabilesRevisionCambio,
    @DefaultValue("7") int diasHabilesRecordatorioRevisionCambio,
    @DefaultValue List<LocalDate> diasInhabiles) {}
