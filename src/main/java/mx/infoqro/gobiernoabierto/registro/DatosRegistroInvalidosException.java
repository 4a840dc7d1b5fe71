package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/** The submitted registration breaks rules; {@link #errores()} names each field and message key. */
public class DatosRegistroInvalidosException extends ValidacionException {

  private final transient List<ReglasRegistro.Error> errores;

  public DatosRegistroInvalidosException(String mensaje, List<ReglasRegistro.Error> errores) {
    super(mensaje);
    this.errores = List.copyOf(errores);
  }

  public List<ReglasRegistro.Error> errores() {
    return errores;
  }
}
