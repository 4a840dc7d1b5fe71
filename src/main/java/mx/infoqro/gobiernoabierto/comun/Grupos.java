package mx.infoqro.gobiernoabierto.comun;

import java.util.List;

/** The Camunda groups of DOMAIN.md's roles. Agencies add one group each: {@code so-<clave>}. */
public final class Grupos {
  public static final String COMISION = "comision";
  public static final String PLENO = "pleno";
  public static final String STL = "stl";
  public static final String FACILITADORES = "facilitadores";
  /** The commission's data-protection staff: attends ARCO requests. */
  public static final String DATOS_PERSONALES = "datos-personales";
  public static final String ADMIN = "camunda-admin";

  /** Staff roles with their display names, in the order Tasklist shows their filters. */
  public static final List<String[]> ROLES =
      List.of(
          new String[] {COMISION, Mensajes.texto("grupo.comision")},
          new String[] {PLENO, Mensajes.texto("grupo.pleno")},
          new String[] {STL, Mensajes.texto("grupo.stl")},
          new String[] {FACILITADORES, Mensajes.texto("grupo.facilitadores")},
          new String[] {DATOS_PERSONALES, Mensajes.texto("grupo.datos-personales")});

  /**
   * The web authority a member of {@code grupo} holds once logged in ({@code GRUPO_comision}): the
   * staff pages, the metrics and the login provider all speak of groups through it.
   */
  public static String autoridad(String grupo) {
    return "GRUPO_" + grupo;
  }

  private Grupos() {}
}
