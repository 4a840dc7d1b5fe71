package mx.infoqro.gobiernoabierto.privacidad;

import java.time.Period;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long participants' personal data are kept after their edition closes ({@code
 * gobierno-abierto.privacidad.conservacion}, an ISO-8601 period such as {@code P2Y}): the one
 * source of the period, read by the privacy notice ({@code privacidad.conservacion.texto}) and by
 * the retention job ({@code conservacion-datos}).
 */
@Component("conservacionDatos")
@ConfigurationProperties("gobierno-abierto.privacidad")
@Getter
@Setter
public class ConservacionDatos {

  private Period conservacion = Period.ofYears(2);

  /** The period in words, for the notice: "2 años", "1 año y 6 meses", "90 días". */
  public String texto() {
    return ReglasConservacion.enPalabras(conservacion);
  }
}
