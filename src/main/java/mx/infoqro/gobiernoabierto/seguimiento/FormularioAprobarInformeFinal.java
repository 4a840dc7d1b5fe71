package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AprobarInformeFinal (edition process): the report (read-only), the Pleno's
 * decision ({@code decisionInforme}, read by the model) and its observations.
 */
@Formulario("aprobar-informe-final")
public record FormularioAprobarInformeFinal(
    String informeFinal, @Formulario.Decision String decisionInforme, String observaciones) {}
