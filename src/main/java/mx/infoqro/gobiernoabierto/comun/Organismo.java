package mx.infoqro.gobiernoabierto.comun;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The guarantor that runs the exercise (prefix {@code gobierno-abierto.organismo}): its name,
 * address, contact, public site and the legal bases of its privacy notice. Configuration, not code, so the portal
 * serves any commission (DOMAIN.md). Templates read it as {@code ${@organismo.nombre}}; e-mails
 * are signed with its name, contact address and site.
 */
@Component("organismo")
@ConfigurationProperties("gobierno-abierto.organismo")
@Getter
@Setter
public class Organismo {
  private String nombre = "Comisión de Transparencia y Acceso a la Información del Estado";
  private String siglas = "CTAIE";
  private String domicilio = "Calle de la Transparencia 100, Centro, C.P. 76000, Santiago de Querétaro, Qro.";
  private String correo = "gobiernoabierto@example.mx";
  private String telefono = "442 000 0000";
  /** Contact of the data-protection unit (unidad de transparencia) for ARCO requests. */
  private String contactoDatos = "datospersonales@example.mx";
  /** Public address of the portal, linked from every e-mail. */
  private String sitio = "http://localhost:8080";
  /** Legal bases of the processing of personal data, one per entry. */
  private List<String> basesLegales = new ArrayList<>();
}
