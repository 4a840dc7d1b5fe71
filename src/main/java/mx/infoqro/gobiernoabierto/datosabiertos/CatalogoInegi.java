package mx.infoqro.gobiernoabierto.datosabiertos;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * INEGI's geostatistical keys of the state and its municipalities (Marco Geoestadístico), the
 * codes Mexican open data uses for places. The list is a resource ({@code
 * datosabiertos/inegi-municipios.csv}, Querétaro's 18 municipalities by default), so another
 * state's guarantor ships its own file ({@code gobierno-abierto.datos-abiertos.municipios}).
 */
@Component
class CatalogoInegi {

  /** A state and municipality in INEGI's keys: two and three digits. */
  record ClaveInegi(String entidad, String municipio, String nombreEntidad) {}

  private final Map<String, ClaveInegi> porNombre = new HashMap<>();

  CatalogoInegi(@Value("${gobierno-abierto.datos-abiertos.municipios:classpath:datosabiertos/inegi-municipios.csv}") Resource archivo) {
    try (Reader lector = new InputStreamReader(archivo.getInputStream(), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(lector)) {
        porNombre.put(r.get("municipio"), new ClaveInegi(r.get("clave_entidad"), r.get("clave_municipio"), r.get("entidad")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the INEGI municipality catalogue", e);
    }
  }

  /** The keys of a municipality by its name as the registration form offers it. */
  Optional<ClaveInegi> municipio(String nombre) {
    return Optional.ofNullable(porNombre.get(nombre));
  }

  /** The state the catalogue covers: its key and name (the open data's spatial coverage). */
  Optional<ClaveInegi> entidad() {
    return porNombre.values().stream().findFirst().map(c -> new ClaveInegi(c.entidad(), null, c.nombreEntidad()));
  }
}
