package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;

/**
 * What the plan's PDF of a later version says of the change that made it: the plan's version, the
 * commitment and its new version, the date of the change, its justification and its table of
 * changes (masked as on the public page).
 */
public record CambioDelPlan(int versionPlan, String folio, String titulo, int versionCompromiso, LocalDate fecha,
    String justificacion, List<HistorialCambios.CampoPublico> campos) {}
