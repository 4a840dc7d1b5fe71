package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_RegistrarSesionStl: who attended of each party (the tripartite quorum is computed
 * from them, {@link SesionStlBpmn#VAR_QUORUM}), the attendance list, the agreements and the minutes
 * the session approved. The header (folio, date and place, agenda) is read-only.
 */
@Formulario("registrar-sesion-stl")
public record FormularioRegistrarSesionStl(
    String sesionFolio,
    String sesionResumen,
    String ordenDia,
    Integer asistentesComision,
    Integer asistentesGobierno,
    Integer asistentesSociedadCivil,
    String listaAsistencia,
    String acuerdos,
    String acta) {

  /** The commission records the session held. */
  public static FormularioRegistrarSesionStl registro(
      Integer comision, Integer gobierno, Integer sociedadCivil, String listaAsistencia, String acuerdos, String acta) {
    return new FormularioRegistrarSesionStl(
        null, null, null, comision, gobierno, sociedadCivil, listaAsistencia, acuerdos, acta);
  }
}
