package mx.infoqro.gobiernoabierto.gestion;

import mx.infoqro.gobiernoabierto.comun.Mensajes;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import mx.infoqro.gobiernoabierto.auditoria.ConsultaDecisiones;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision log as the staff page shows it: filtered, newest first, a page at a time, and the
 * same rows as CSV. Dates are shown and filtered in Mexico City time.
 */
@Service
public class ConsultaAuditoria {

  /** Rows per page. */
  public static final int POR_PAGINA = 50;

  /** The commission's time zone: days of the filter and times shown. */
  public static final ZoneId ZONA = ZoneId.of("America/Mexico_City");

  static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  static final String[] ENCABEZADOS =
      java.util.stream.Stream.of(
              "gestion.csv.fecha", "gestion.col.folio", "gestion.col.entidad", "gestion.csv.entidad-id",
              "gestion.col.decision", "gestion.col.usuario", "gestion.col.motivo")
          .map(Mensajes::texto)
          .toArray(String[]::new);

  private final ConsultaDecisiones registros;

  ConsultaAuditoria(ConsultaDecisiones registros) {
    this.registros = registros;
  }

  /** One row of the page. */
  public record Fila(String fecha, String folio, String entidad, Long entidadId, String decision, String usuario, String motivo) {
    static Fila de(RegistroDecision r) {
      return new Fila(
          FECHA_HORA.format(r.getFecha().atZone(ZONA)),
          r.getFolio(),
          r.getEntidad(),
          r.getEntidadId(),
          r.getDecision(),
          r.getUsuario(),
          r.getMotivo());
    }
  }

  /** Page {@code pagina} (from 0) of the rows that match the filter, newest first. */
  @Transactional(readOnly = true)
  public Page<Fila> pagina(FiltroAuditoria filtro, int pagina) {
    return registros.pagina(criterios(filtro), pagina, POR_PAGINA).map(Fila::de);
  }

  /** Every row that matches the filter, newest first. */
  @Transactional(readOnly = true)
  public List<Fila> todas(FiltroAuditoria filtro) {
    return registros.todas(criterios(filtro)).stream().map(Fila::de).toList();
  }

  /** The entities and decisions present in the log (options of the filters). */
  @Transactional(readOnly = true)
  public List<String> entidades() {
    return registros.entidades();
  }

  @Transactional(readOnly = true)
  public List<String> decisiones() {
    return registros.decisiones();
  }

  /**
   * Writes the rows that match the filter as CSV (RFC 4180: commas, CRLF, quotes where needed),
   * preceded by a UTF-8 byte order mark so that spreadsheets read the accents. Cells a spreadsheet
   * would take for a formula get an apostrophe in front.
   */
  @Transactional(readOnly = true)
  public void exportar(FiltroAuditoria filtro, Writer salida) throws IOException {
    salida.write('\uFEFF');
    CSVFormat formato = CSVFormat.RFC4180.builder().setHeader(ENCABEZADOS).get();
    // not closed here: the caller owns the stream (the HTTP response)
    CSVPrinter csv = new CSVPrinter(salida, formato);
    for (Fila f : todas(filtro)) {
      csv.printRecord(
          celda(f.fecha()),
          celda(f.folio()),
          celda(f.entidad()),
          f.entidadId() == null ? "" : f.entidadId().toString(),
          celda(f.decision()),
          celda(f.usuario()),
          celda(f.motivo()));
    }
    csv.flush();
  }

  /** A text cell safe from formula injection: = + - @ (and tab, CR) at the start get an apostrophe. */
  static String celda(String valor) {
    if (valor == null || valor.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(valor.charAt(0)) >= 0 ? "'" + valor : valor;
  }

  /** The filter's days as instants of the log: from the start of {@code desde} to the end of {@code hasta}. */
  static ConsultaDecisiones.Criterios criterios(FiltroAuditoria f) {
    return new ConsultaDecisiones.Criterios(
        f.folio(),
        f.entidad(),
        f.decision(),
        f.usuario(),
        f.desde() == null ? null : inicioDelDia(f.desde()),
        f.hasta() == null ? null : inicioDelDia(f.hasta().plusDays(1)));
  }

  static Instant inicioDelDia(LocalDate dia) {
    return dia.atStartOfDay(ZONA).toInstant();
  }
}
