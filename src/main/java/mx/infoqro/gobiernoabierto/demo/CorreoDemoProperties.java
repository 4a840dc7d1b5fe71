package mx.infoqro.gobiernoabierto.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;

/**
 * Ports of the embedded GreenMail server of the demo profile (prefix {@code
 * gobierno-abierto.correo.demo}; {@code ...embebido=false} turns it off, see {@link
 * CorreoDemoConfig}); 0 picks a free port. Bound in the demo profile only.
 *
 * @param puertoSmtp where the application sends demo mail
 * @param puertoImap where a mail client reads it (any password)
 * @param mensajesMaximos how many messages it keeps, the most recent (0: all)
 */
@Profile("demo")
@ConfigurationProperties("gobierno-abierto.correo.demo")
record CorreoDemoProperties(
    @DefaultValue("3025") int puertoSmtp, @DefaultValue("3143") int puertoImap, @DefaultValue("2000") int mensajesMaximos) {}
