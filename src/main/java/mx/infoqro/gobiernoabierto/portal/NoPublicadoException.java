package mx.infoqro.gobiernoabierto.portal;

/** What the visitor asked for does not exist or is not public (a draft): the portal answers 404. */
class NoPublicadoException extends RuntimeException {
  NoPublicadoException(String detalle) {
    super(detalle, null, false, false);
  }
}
