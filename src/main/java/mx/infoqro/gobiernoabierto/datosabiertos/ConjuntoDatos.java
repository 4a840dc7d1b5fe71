package mx.infoqro.gobiernoabierto.datosabiertos;

import java.time.LocalDate;
import java.util.List;

/**
 * One open dataset: its stable identifier (the file name), its data dictionary and its rows. Each
 * row holds one value per column, of the column's type: text (String), whole number (Integer),
 * date (LocalDate, written ISO 8601), boolean, or a list of texts.
 */
record ConjuntoDatos(String id, List<Columna> columnas, List<List<Object>> filas, LocalDate modificado) {

  /** The kinds of value a column holds (the data dictionary's «tipo»). */
  enum Tipo {
    TEXTO,
    ENTERO,
    FECHA,
    BOOLEANO,
    LISTA
  }

  /** A column of the data dictionary; its meaning is {@code datos.<conjunto>.<nombre>} in messages.properties. */
  record Columna(String nombre, Tipo tipo) {}
}
