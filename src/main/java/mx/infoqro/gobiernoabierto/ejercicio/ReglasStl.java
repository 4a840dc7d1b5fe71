package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;

/**
 * The rules of the Secretariado Técnico Local's installation, without Spring: a tripartite forum
 * (each party present, government and civil society in equal numbers) with its rules and act.
 */
final class ReglasStl {

  private ReglasStl() {}

  /** Every broken rule of the installation; empty when it can be recorded. */
  static List<String> validar(FormularioInstalarStl d) {
    List<String> errores = new ArrayList<>();
    if (d.fechaInstalacion() == null) errores.add(Mensajes.texto("stl.error.fecha"));
    if (d.reglasParticipacion() == null) errores.add(Mensajes.texto("stl.error.reglas"));
    if (d.actaInstalacion() == null) errores.add(Mensajes.texto("stl.error.acta"));
    List<Integrante> integrantes = d.integrantes() == null ? List.of() : d.integrantes();
    if (integrantes.stream().anyMatch(i -> i.nombre() == null || i.sector() == null)) {
      errores.add(Mensajes.texto("stl.error.integrante"));
    }
    Map<SectorStl, Long> porSector =
        integrantes.stream()
            .filter(i -> i.sector() != null)
            .collect(Collectors.groupingBy(Integrante::sector, Collectors.counting()));
    Function<SectorStl, Long> cuenta = s -> porSector.getOrDefault(s, 0L);
    if (!tripartito(
        cuenta.apply(SectorStl.COMISION), cuenta.apply(SectorStl.GOBIERNO), cuenta.apply(SectorStl.SOCIEDAD_CIVIL))) {
      errores.add(Mensajes.texto("stl.error.tripartito"));
    } else if (!cuenta.apply(SectorStl.GOBIERNO).equals(cuenta.apply(SectorStl.SOCIEDAD_CIVIL))) {
      errores.add(
          Mensajes.texto(
              "stl.error.paridad",
              String.valueOf(cuenta.apply(SectorStl.GOBIERNO)),
              String.valueOf(cuenta.apply(SectorStl.SOCIEDAD_CIVIL))));
    }
    return errores;
  }

  /**
   * The tripartite rule: the commission, government and civil society each have at least one
   * person. It decides the forum's composition at its installation and the quorum of its sessions.
   */
  static boolean tripartito(long comision, long gobierno, long sociedadCivil) {
    return comision > 0 && gobierno > 0 && sociedadCivil > 0;
  }
}
