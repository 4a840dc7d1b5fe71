package mx.infoqro.gobiernoabierto.registro;

/** Sector of a participant; GOBIERNO registrations are agency liaisons. */
public enum Sector {
  GOBIERNO,
  ORGANIZACION,
  ACADEMIA,
  CIUDADANIA,
  EMPRESA;

  /** Whether the sector counts as civil society for the quorum of a table. */
  public boolean esSociedadCivil() {
    return this != GOBIERNO;
  }
}
