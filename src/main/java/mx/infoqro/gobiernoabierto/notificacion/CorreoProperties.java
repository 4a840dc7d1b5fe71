package mx.infoqro.gobiernoabierto.notificacion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings besides {@code spring.mail.*} (prefix {@code gobierno-abierto.correo}), documented
 * in application.yaml. The demo's embedded server ({@code gobierno-abierto.correo.demo}) is the
 * demo's own ({@code demo/CorreoDemoProperties}).
 *
 * @param remitente the From address of every notification
 */
@ConfigurationProperties("gobierno-abierto.correo")
public record CorreoProperties(@DefaultValue("no-responder@gobierno-abierto.local") String remitente) {}
