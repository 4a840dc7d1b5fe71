package mx.infoqro.gobiernoabierto.mesa;

import java.time.OffsetDateTime;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;

/**
 * The rules of the forum's sessions, without Spring: a session is scheduled like a table's (future,
 * with a place or an https link) and with an agenda; its attendance is counted per party, never
 * above the members the forum installed, and its quorum is the tripartite rule of the installation.
 */
final class ReglasSesionStl {

  private ReglasSesionStl() {}

  /** A session in the future, with a place or a link, and its agenda. */
  static void validarProgramacion(FormularioProgramarSesionStl f, OffsetDateTime ahora) {
    String etiqueta = Mensajes.texto("stl.sesion.etiqueta");
    ReglasMesa.validarSesion(new NuevaSesion(f.fechaHora(), f.lugar(), f.enlace()), ahora, etiqueta);
    if (ReglasMesa.vacio(f.ordenDia())) {
      throw ValidacionException.de("stl.sesion.sin-orden-dia");
    }
  }

  /**
   * The record of a session held: attendance of each party given (zero or more, at most the
   * forum's members of that party), the attendance list and the minutes.
   */
  static void validarRegistro(FormularioRegistrarSesionStl f, Map<SectorStl, Long> integrantes) {
    asistencia(f.asistentesComision(), integrantes.get(SectorStl.COMISION), "stl.sector.comision");
    asistencia(f.asistentesGobierno(), integrantes.get(SectorStl.GOBIERNO), "stl.sector.gobierno");
    asistencia(f.asistentesSociedadCivil(), integrantes.get(SectorStl.SOCIEDAD_CIVIL), "stl.sector.sociedad-civil");
    if (ReglasMesa.vacio(f.listaAsistencia())) {
      throw ValidacionException.de("stl.sesion.sin-lista");
    }
    if (ReglasMesa.vacio(f.acta())) {
      throw ValidacionException.de("stl.sesion.sin-acta");
    }
  }

  /** Quorum: the three parties present (the tripartite rule of {@link StlService#quorum}). */
  static boolean quorum(FormularioRegistrarSesionStl f) {
    return StlService.quorum(f.asistentesComision(), f.asistentesGobierno(), f.asistentesSociedadCivil());
  }

  private static void asistencia(Integer asistentes, Long integrantes, String sector) {
    String nombre = Mensajes.texto(sector);
    if (asistentes == null || asistentes < 0) {
      throw ValidacionException.de("stl.sesion.sin-asistencia", nombre);
    }
    long maximo = integrantes == null ? 0 : integrantes;
    if (asistentes > maximo) {
      throw ValidacionException.de("stl.sesion.asistencia-excede", nombre, String.valueOf(asistentes), String.valueOf(maximo));
    }
  }
}
