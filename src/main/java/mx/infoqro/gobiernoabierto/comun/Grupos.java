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
          new String[] {COMISION, "Comisión (personal de gobierno abierto)"},
          new String[] {PLENO, "Pleno de la Comisión"},
          new String[] {STL, "Secretariado Técnico Local"},
          new String[] {FACILITADORES, "Facilitación de mesas"},
          new String[] {DATOS_PERSONALES, "Protección de datos personales"});

  private Grupos() {}
}
