package mx.infoqro.gobiernoabierto.notificacion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings besides {@code spring.mail.*} (prefix {@code gobierno-abierto.correo}), documented
 * in application.yaml.
 *
 * @param remitente the From address of every notification
 * @param demo the embedded mail server of the demo profile
 */
@ConfigurationProperties("gobierno-abierto.correo")
public record CorreoProperties(
    @DefaultValue("no-responder@gobierno-abierto.local") String remitente, @DefaultValue Demo demo) {

  /**
   * Ports of the embedded GreenMail server of the demo profile; 0 picks a free port.
   *
   * @param puertoSmtp where the application sends demo mail
   * @param puertoImap where a mail client reads it (any password)
   * @param mensajesMaximos how many messages it keeps, the most recent (0: all)
   */
  public record Demo(
      @DefaultValue("3025") int puertoSmtp, @DefaultValue("3143") int puertoImap, @DefaultValue("2000") int mensajesMaximos) {}
}
