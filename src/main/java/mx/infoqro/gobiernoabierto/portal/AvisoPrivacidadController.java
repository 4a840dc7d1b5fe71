package mx.infoqro.gobiernoabierto.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The full privacy notice. It needs no service: its text is in messages.properties ({@code
 * privacidad.*}), its version, the guarantor and the retention period are configuration read by the
 * template ({@code comun.AvisoPrivacidad}, {@code comun.Organismo}, {@code
 * privacidad.ConservacionDatos}). Kept apart from {@link PortalController} so a web test slice
 * loads it alone ({@code AvisoPrivacidadWebTest}).
 */
@Controller
class AvisoPrivacidadController {

  @GetMapping("/privacidad")
  String aviso() {
    return "privacidad/verAviso";
  }
}
