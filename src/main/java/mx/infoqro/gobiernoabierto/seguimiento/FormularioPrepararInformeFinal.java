package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_PrepararInformeFinal (edition process): the Pleno's observations when it
 * returned the report (read-only) and the report (or a first draft with the edition's figures).
 */
@Formulario("preparar-informe-final")
public record FormularioPrepararInformeFinal(String observacionesPleno, String informeFinal) {}
