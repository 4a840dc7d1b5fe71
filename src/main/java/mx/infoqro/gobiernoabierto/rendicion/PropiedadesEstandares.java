package mx.infoqro.gobiernoabierto.rendicion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the OGP Participation and Co-Creation Standards as {@code /estandares} applies them
 * (prefix {@code gobierno-abierto.estandares}): the forum meets and the repository is updated at
 * least every {@code mesesLimite} months (at risk after {@code mesesAviso}); the timeline is
 * published {@code diasCalendarioAnticipado} days before co-creation starts; the forum holds {@code
 * reunionesImplementacionAnuales} meetings a year with civil society during implementation. The
 * cadence watch looks again at least every {@code diasRevision} days when no date of the rules is due.
 */
@ConfigurationProperties("gobierno-abierto.estandares")
public record PropiedadesEstandares(
    @DefaultValue("5") int mesesAviso,
    @DefaultValue("6") int mesesLimite,
    @DefaultValue("14") int diasCalendarioAnticipado,
    @DefaultValue("2") int reunionesImplementacionAnuales,
    @DefaultValue("30") int diasRevision) {}
