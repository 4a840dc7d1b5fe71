package mx.infoqro.gobiernoabierto.rendicion;

/**
 * What the visitor asked for does not exist or is not public yet (a plan not signed, a report not
 * verified, an unknown folio): the page answers 404 with a Spanish explanation and nothing of it.
 *
 * @param clave the message key ({@code rendicion.no-publicado.*}) that explains what is missing
 */
class NoPublicadoException extends RuntimeException {

  private final String clave;
  private final transient Object[] argumentos;

  NoPublicadoException(String clave, Object... argumentos) {
    super(clave, null, false, false);
    this.clave = clave;
    this.argumentos = argumentos;
  }

  String clave() {
    return clave;
  }

  Object[] argumentos() {
    return argumentos;
  }
}
