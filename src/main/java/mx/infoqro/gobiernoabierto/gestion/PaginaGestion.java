package mx.infoqro.gobiernoabierto.gestion;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;

/**
 * The staff pages under {@code /gestion} and the Camunda groups that may open each one: the single
 * table the security configuration ({@code infraestructura/SeguridadWeb}) and the staff home read. Every
 * other group gets the Spanish 403 page.
 */
public enum PaginaGestion {
  /** The decision log, with filters and CSV export. */
  AUDITORIA(
      "/gestion/auditoria",
      "gestion.auditoria.titulo",
      "gestion.auditoria.descripcion",
      List.of("/gestion/auditoria", "/gestion/auditoria.csv"),
      Grupos.PLENO,
      Grupos.COMISION,
      Grupos.ADMIN),
  /** The mail outbox: what was sent, to whom, and whether it arrived. */
  CORREOS(
      "/gestion/correos",
      "gestion.correos.titulo",
      "gestion.correos.descripcion",
      List.of("/gestion/correos", "/gestion/correos/**"),
      Grupos.COMISION,
      Grupos.ADMIN),
  /** The versions of the process models, the instances on each and the migrations of running instances. */
  VERSIONES(
      "/gestion/versiones",
      "gestion.versiones.titulo",
      "gestion.versiones.descripcion",
      List.of("/gestion/versiones", "/gestion/versiones/**"),
      Grupos.COMISION,
      Grupos.ADMIN);

  private final String ruta;
  private final String titulo;
  private final String descripcion;
  private final List<String> patrones;
  private final List<String> grupos;

  PaginaGestion(String ruta, String titulo, String descripcion, List<String> patrones, String... grupos) {
    this.ruta = ruta;
    this.titulo = titulo;
    this.descripcion = descripcion;
    this.patrones = patrones;
    this.grupos = List.of(grupos);
  }

  /** Path of the page's link. */
  public String getRuta() {
    return ruta;
  }

  /** Message key of the page's title. */
  public String getTitulo() {
    return titulo;
  }

  /** Message key of the page's one-line description on the staff home. */
  public String getDescripcion() {
    return descripcion;
  }

  /** Path patterns the page answers (the security configuration protects all of them). */
  public String[] patrones() {
    return patrones.toArray(String[]::new);
  }

  /** The authorities ({@code GRUPO_<group>}) that may open the page. */
  public String[] autoridades() {
    return grupos.stream().map(Grupos::autoridad).toArray(String[]::new);
  }

  /** Whether a user with these authorities may open the page. */
  public boolean permitidaPara(Collection<String> autoridades) {
    return Arrays.stream(autoridades()).anyMatch(autoridades::contains);
  }

  /** The pages a user with these authorities may open, in menu order. */
  public static List<PaginaGestion> permitidas(Collection<String> autoridades) {
    return Arrays.stream(values()).filter(p -> p.permitidaPara(autoridades)).toList();
  }
}
