package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;

/**
 * The form of Task_InstalarStl: the installation date, the forum's members (a dynamic list), its
 * participation rules and its act. Everything recorded here is public.
 */
@Formulario("instalar-stl")
public record FormularioInstalarStl(
    LocalDate fechaInstalacion, List<Integrante> integrantes, String reglasParticipacion, String actaInstalacion) {

  /** One member of the forum (a row of the dynamic list). */
  public record Integrante(String nombre, SectorStl sector, String organizacion, String cargo) {}
}
