package mx.infoqro.gobiernoabierto.comun;

import org.springframework.validation.BindingResult;

/**
 * The form object of a public form of the portal, and the one way its POST is handled (Spring
 * PetClinic's pair of handlers):
 *
 * <ol>
 *   <li>{@code GET} puts a new form object in the model (named like the template's {@code
 *       th:object}) and shows the form.
 *   <li>{@code POST} starts with {@link ProteccionFormularios#esRobot(String,
 *       jakarta.servlet.http.HttpServletRequest, FormularioPublico)}: it counts the submission for
 *       the limits per address, mailbox and form, and reads the honeypot, there and nowhere else.
 *       A bot gets the answer of a success, and nothing is stored or sent.
 *   <li>The form object is {@code @Valid} (Bean Validation checks the shape of each field, with the
 *       Spanish messages of messages.properties). The feature's rules are its service's alone: it
 *       throws {@link ValidacionException} ({@link ValidacionException#enCampo} when one field is
 *       wrong), and the controller maps it to the form's errors with {@link #rechazar}. A rule is
 *       never copied into a controller.
 *   <li>On errors the POST renders the same form view (status 200) with the errors and the form
 *       object as the person typed it: nothing is lost.
 *   <li>On success it redirects (post/redirect/get) to a {@code GET} page; what that page says once
 *       about the submission travels as flash attributes ({@code
 *       RedirectAttributes.addFlashAttribute}, names are constants of the controller), so a reload
 *       sends nothing again. Never a query flag, never a view rendered by the POST itself. Where
 *       the answer must not tell whether an address is known (account enumeration), it is the same
 *       redirect with the same flash attributes either way, and the same as a bot's.
 * </ol>
 *
 * <p>Besides: the CSRF token every form carries (infraestructura.SeguridadWeb) and the consent to
 * the short privacy notice, a Bean Validation rule of the forms that collect personal data.
 */
public interface FormularioPublico {

  /**
   * The e-mail the submission names, for the per-mailbox limit of {@link ProteccionFormularios}:
   * a form with a field {@code correo} has it by that getter; a form without one names none.
   */
  default String getCorreo() {
    return null;
  }

  /** The honeypot field {@value ProteccionFormularios#CAMPO_TRAMPA}: people leave it empty. */
  String getSitioWeb();

  /**
   * Shows a rule the service refused at the field it names, else at {@code campoPorOmision}, else as
   * an error of the whole form; a field that already has an error keeps just that one. The message
   * is the exception's, already in Spanish.
   */
  static void rechazar(BindingResult errores, ValidacionException e, String campoPorOmision) {
    String campo = e.campo() != null ? e.campo() : campoPorOmision;
    if (campo == null) {
      errores.reject(CODIGO_REGLA, e.getMessage());
    } else if (!errores.hasFieldErrors(campo)) {
      errores.rejectValue(campo, CODIGO_REGLA, e.getMessage());
    }
  }

  /** Error code of a refused rule; no message has it, so the exception's own text is shown. */
  String CODIGO_REGLA = "regla-servicio";
}
