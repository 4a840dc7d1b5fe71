package mx.infoqro.gobiernoabierto.comun;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The version of the privacy notice in force (prefix {@code gobierno-abierto.privacidad}). Its text
 * lives in messages.properties ({@code privacidad.*}); a new text gets a new version and date here,
 * and consents are stored with the version the person saw.
 */
@Component("avisoPrivacidad")
@ConfigurationProperties("gobierno-abierto.privacidad")
@Getter
@Setter
public class AvisoPrivacidad {
  private String version = "1.0";
  private LocalDate fecha = LocalDate.of(2026, 1, 15);
}
