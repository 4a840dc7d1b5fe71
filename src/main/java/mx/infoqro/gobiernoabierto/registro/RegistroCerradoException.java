package mx.infoqro.gobiernoabierto.registro;

/** A registration arrived while the window is not open (or with no published call: {@code ventana} null). */
public class RegistroCerradoException extends RuntimeException {

  private final transient VentanaRegistro ventana;

  public RegistroCerradoException(VentanaRegistro ventana) {
    super("Registration window not open");
    this.ventana = ventana;
  }

  public VentanaRegistro ventana() {
    return ventana;
  }
}
