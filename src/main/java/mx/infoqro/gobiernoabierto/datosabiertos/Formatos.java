package mx.infoqro.gobiernoabierto.datosabiertos;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Columna;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * The three file formats of every dataset, written as Mexico's open data asks: CSV in UTF-8 with a
 * byte-order mark (Excel in Spanish then opens accents right) and RFC 4180 quoting; JSON as an
 * array of objects keyed by the column names; XLSX with the data on a first sheet and the data
 * dictionary on a second. Dates ISO 8601 (YYYY-MM-DD) in all three; lists joined by « | » where
 * a cell holds one value (CSV, XLSX) and as arrays in JSON.
 */
enum Formatos {
  CSV("csv", "text/csv;charset=UTF-8") {
    @Override
    void escribir(ConjuntoDatos conjunto, OutputStream salida) throws IOException {
      Writer escritor = new BufferedWriter(new OutputStreamWriter(salida, StandardCharsets.UTF_8), 64 * 1024);
      escritor.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(escritor, CSVFormat.RFC4180);
      csv.printRecord(conjunto.columnas().stream().map(Columna::nombre).toList());
      for (List<Object> fila : conjunto.filas()) {
        for (Object valor : fila) {
          csv.print(texto(valor));
        }
        csv.println();
      }
      csv.flush();
    }
  },
  JSON("json", "application/json") {
    @Override
    void escribir(ConjuntoDatos conjunto, OutputStream salida) throws IOException {
      try (JsonGenerator json = FABRICA_JSON.createGenerator(salida, JsonEncoding.UTF8)) {
        json.writeStartArray();
        List<Columna> columnas = conjunto.columnas();
        for (List<Object> fila : conjunto.filas()) {
          json.writeStartObject();
          for (int i = 0; i < columnas.size(); i++) {
            json.writeFieldName(columnas.get(i).nombre());
            escribirValor(json, fila.get(i));
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      }
    }
  },
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
    @Override
    void escribir(ConjuntoDatos conjunto, OutputStream salida) throws IOException {
      // Streaming workbook: only a window of rows is kept in memory, the rest goes to a temporary file
      SXSSFWorkbook libro = new SXSSFWorkbook(200);
      try {
        CellStyle negritas = libro.createCellStyle();
        Font fuente = libro.createFont();
        fuente.setBold(true);
        negritas.setFont(fuente);
        Sheet datos = libro.createSheet(Mensajes.texto("datos.xlsx.hoja-datos"));
        Row encabezado = datos.createRow(0);
        List<Columna> columnas = conjunto.columnas();
        for (int i = 0; i < columnas.size(); i++) {
          Cell celda = encabezado.createCell(i);
          celda.setCellValue(columnas.get(i).nombre());
          celda.setCellStyle(negritas);
        }
        int n = 1;
        for (List<Object> fila : conjunto.filas()) {
          Row renglon = datos.createRow(n++);
          for (int i = 0; i < fila.size(); i++) {
            Object valor = fila.get(i);
            if (valor == null) {
              continue;
            }
            Cell celda = renglon.createCell(i);
            if (valor instanceof Integer || valor instanceof Long) {
              celda.setCellValue(((Number) valor).longValue());
            } else if (valor instanceof Boolean logico) {
              celda.setCellValue(logico);
            } else {
              celda.setCellValue(texto(valor));
            }
          }
        }
        Sheet diccionario = libro.createSheet(Mensajes.texto("datos.xlsx.hoja-diccionario"));
        Row titulos = diccionario.createRow(0);
        String[] encabezados = {
          Mensajes.texto("datos.diccionario.columna"), Mensajes.texto("datos.diccionario.tipo"), Mensajes.texto("datos.diccionario.significado")
        };
        for (int i = 0; i < encabezados.length; i++) {
          titulos.createCell(i).setCellValue(encabezados[i]);
          titulos.getCell(i).setCellStyle(negritas);
        }
        for (int i = 0; i < columnas.size(); i++) {
          Row r = diccionario.createRow(i + 1);
          r.createCell(0).setCellValue(columnas.get(i).nombre());
          r.createCell(1).setCellValue(Mensajes.texto("datos.tipo." + columnas.get(i).tipo().name()));
          r.createCell(2).setCellValue(Mensajes.texto("datos." + conjunto.id() + ".columna." + columnas.get(i).nombre()));
        }
        libro.write(salida);
      } finally {
        libro.close();
      }
    }
  };

  private static final JsonFactory FABRICA_JSON = new JsonFactory();

  /** What joins the values of a list in one cell. */
  static final String SEPARADOR_LISTA = " | ";

  final String extension;
  final MediaType tipo;

  Formatos(String extension, String tipo) {
    this.extension = extension;
    this.tipo = MediaType.parseMediaType(tipo);
  }

  abstract void escribir(ConjuntoDatos conjunto, OutputStream salida) throws IOException;

  /** The format of a file extension, or null. */
  static Formatos de(String extension) {
    for (Formatos f : values()) {
      if (f.extension.equals(extension)) {
        return f;
      }
    }
    return null;
  }

  /** One cell's text: empty for null, ISO 8601 for dates, lists joined, booleans true/false. */
  static String texto(Object valor) {
    if (valor == null) {
      return "";
    }
    if (valor instanceof LocalDate fecha) {
      return fecha.toString();
    }
    if (valor instanceof List<?> lista) {
      return String.join(SEPARADOR_LISTA, lista.stream().map(String::valueOf).toList());
    }
    return valor.toString();
  }

  private static void escribirValor(JsonGenerator json, Object valor) throws IOException {
    if (valor == null) {
      json.writeNull();
    } else if (valor instanceof Integer || valor instanceof Long) {
      json.writeNumber(((Number) valor).longValue());
    } else if (valor instanceof Boolean logico) {
      json.writeBoolean(logico);
    } else if (valor instanceof List<?> lista) {
      json.writeStartArray();
      for (Object v : lista) {
        json.writeString(String.valueOf(v));
      }
      json.writeEndArray();
    } else {
      json.writeString(texto(valor));
    }
  }
}
