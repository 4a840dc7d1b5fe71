package mx.infoqro.gobiernoabierto.notificacion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the e-mails say of the commission running the exercise: the part of
 * {@code gobierno-abierto.organismo} (the portal's settings, see portal/Organismo) that signs every
 * message: its name, contact e-mail and the portal's public address. Documented in application.yaml.
 */
@ConfigurationProperties("gobierno-abierto.organismo")
public record OrganismoProperties(
    @DefaultValue("Comisión de Transparencia (demo)") String nombre,
    @DefaultValue("gobiernoabierto@example.mx") String correo,
    @DefaultValue("http://localhost:8080") String sitio) {}
