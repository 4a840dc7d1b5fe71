package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import mx.infoqro.gobiernoabierto.Escenarios.CompromisoAprobado;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia.EstadoArchivo;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia.Solicitante;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Evidence uploads against a real ClamAV daemon ({@link ClamdPrueba}) and the database: a clean
 * file is stored with its hash and read back byte for byte; the file matching the daemon's local
 * signature is refused with nothing stored; with the daemon stopped an upload waits in quarantine,
 * not public, and is scanned when the daemon is back.
 */
class ArchivosEvidenciaClamdTest extends PruebaIntegracion {

  private static ClamdPrueba clamd;

  @Autowired ArchivoEvidenciaRepository archivos;
  @Autowired ReporteAvanceRepository reportes;
  @Autowired CompromisoRepository compromisos;
  @Autowired AlmacenArchivos almacen;
  @Autowired PropiedadesEvidencias propiedades;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  private ArchivosEvidencia servicio;
  private Long reporteId;
  private Solicitante enlace;

  @BeforeAll
  static void iniciarClamd() throws Exception {
    clamd = ClamdPrueba.iniciar();
  }

  @AfterAll
  static void detenerClamd() throws Exception {
    if (clamd != null) {
      clamd.close();
    }
  }

  @BeforeEach
  void prepararReporte() throws Exception {
    if (!clamd.cliente().disponible()) {
      clamd.arrancar();
    }
    servicio = servicio(propiedades);
    CompromisoAprobado caso = escenarios.compromisoAprobado();
    enlace = new Solicitante("enlace.dependencia", List.of(caso.sujeto().grupo()));
    reporteId =
        tx.execute(
            s -> {
              ReporteAvance r = new ReporteAvance();
              r.setCompromiso(compromisos.findById(caso.compromisoId()).orElseThrow());
              r.setPeriodo(1);
              return reportes.save(r).getId();
            });
  }

  @Test
  void aCleanPdfIsStoredWithItsHashAndReadBackByteForByte() throws Exception {
    byte[] pdf = ArchivosPrueba.pdf();

    ArchivoEvidencia guardado = servicio.subir(reporteId, "C:\\Documentos\\Minuta de sesión.pdf", new ByteArrayInputStream(pdf), enlace);

    assertThat(guardado.getEstado()).isEqualTo(EstadoArchivo.DISPONIBLE);
    assertThat(guardado.getNombre()).isEqualTo("Minuta de sesión.pdf");
    assertThat(guardado.getTipoContenido()).isEqualTo("application/pdf");
    assertThat(guardado.getTamanio()).isEqualTo(pdf.length);
    assertThat(guardado.getSha256()).isEqualTo(sha256(pdf));
    assertThat(guardado.getId()).hasSize(36);
    try (InputStream leido = servicio.contenido(guardado.getId(), 0)) {
      assertThat(leido.readAllBytes()).isEqualTo(pdf);
    }
    try (InputStream desde = servicio.contenido(guardado.getId(), 100)) {
      assertThat(desde.readNBytes(10)).isEqualTo(java.util.Arrays.copyOfRange(pdf, 100, 110));
    }
    assertThat(servicio.deReporte(reporteId)).extracting(ArchivoEvidencia::getId).containsExactly(guardado.getId());
    assertThat(servicio.publico(guardado.getId())).as("not public before verification").isEmpty();
    marcar(EstadoReporte.VERIFICADO);
    assertThat(servicio.publico(guardado.getId())).isPresent();
  }

  @Test
  void aFileLargerThanOneRowIsStoredInRowsAndReadFromAnyOffset() throws Exception {
    byte[] texto = new byte[AlmacenArchivos.FRAGMENTO * 2 + 1234];
    java.util.Arrays.fill(texto, (byte) 'a');
    for (int i = 0; i < texto.length; i += 100) {
      texto[i] = '\n';
    }

    ArchivoEvidencia guardado = servicio.subir(reporteId, "datos.txt", new ByteArrayInputStream(texto), enlace);

    assertThat(filas(guardado.getId())).isEqualTo(3);
    long desde = AlmacenArchivos.FRAGMENTO + 7;
    try (InputStream leido = servicio.contenido(guardado.getId(), desde)) {
      assertThat(leido.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(texto, (int) desde, texto.length));
    }
  }

  @Test
  void theFileMatchingTheLocalSignatureIsRefusedAndNothingIsStored() {
    long antes = archivos.count();

    assertThatThrownBy(() -> servicio.subir(reporteId, "acta.txt", new ByteArrayInputStream(clamd.infectado()), enlace))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("El antivirus detectó contenido malicioso en el archivo «acta.txt» (Prueba.Evidencia.Maliciosa.UNOFFICIAL): no se guardó.");

    assertThat(archivos.count()).isEqualTo(antes);
    assertThat(servicio.deReporte(reporteId)).isEmpty();
  }

  @Test
  void withClamdStoppedUploadsWaitInQuarantineAndAreScannedWhenItIsBack() throws Exception {
    clamd.detener();
    long enCuarentenaAntes = servicio.enCuarentena();

    ArchivoEvidencia limpio = servicio.subir(reporteId, "informe.pdf", new ByteArrayInputStream(ArchivosPrueba.pdf()), enlace);
    ArchivoEvidencia infectado = servicio.subir(reporteId, "acta.txt", new ByteArrayInputStream(clamd.infectado()), enlace);

    assertThat(limpio.getEstado()).isEqualTo(EstadoArchivo.CUARENTENA);
    assertThat(infectado.getEstado()).isEqualTo(EstadoArchivo.CUARENTENA);
    assertThat(servicio.antivirusDisponible()).isFalse();
    assertThat(servicio.enCuarentena()).isEqualTo(enCuarentenaAntes + 2);
    marcar(EstadoReporte.VERIFICADO);
    assertThat(servicio.publico(limpio.getId())).as("never public unscanned").isEmpty();
    assertThat(servicio.escanearCuarentena()).as("nothing scanned while clamd is down").isZero();

    clamd.arrancar();
    servicio.escanearCuarentena();

    assertThat(archivos.findById(limpio.getId()).orElseThrow().getEstado()).isEqualTo(EstadoArchivo.DISPONIBLE);
    assertThat(servicio.publico(limpio.getId())).isPresent();
    ArchivoEvidencia rechazado = archivos.findById(infectado.getId()).orElseThrow();
    assertThat(rechazado.getEstado()).isEqualTo(EstadoArchivo.RECHAZADO);
    assertThat(rechazado.getFirmaAntivirus()).isEqualTo("Prueba.Evidencia.Maliciosa.UNOFFICIAL");
    assertThat(filas(infectado.getId())).as("its content is deleted").isZero();
    assertThat(servicio.deReporte(reporteId)).extracting(ArchivoEvidencia::getId).containsExactly(limpio.getId());
  }

  @Test
  void oneByteOverTheFileOrTheReportLimitIsRefusedAndNothingIsStored() {
    ArchivosEvidencia pequenio =
        servicio(
            new PropiedadesEvidencias(
                propiedades.tipos(), DataSize.ofBytes(1000), DataSize.ofBytes(1500), "127.0.0.1", clamd.puerto(),
                Duration.ofSeconds(30), Duration.ofMinutes(1)));
    byte[] mil = "a".repeat(1000).getBytes();
    byte[] milUno = "a".repeat(1001).getBytes();

    assertThatThrownBy(() -> pequenio.subir(reporteId, "uno.txt", new ByteArrayInputStream(milUno), enlace))
        .hasMessage("El archivo «uno.txt» excede el tamaño máximo de 0 MB por archivo.");
    pequenio.subir(reporteId, "mil.txt", new ByteArrayInputStream(mil), enlace);
    assertThatThrownBy(() -> pequenio.subir(reporteId, "dos.txt", new ByteArrayInputStream("b".repeat(501).getBytes()), enlace))
        .hasMessageContaining("el reporte excedería el máximo");
    pequenio.subir(reporteId, "tres.txt", new ByteArrayInputStream("c".repeat(500).getBytes()), enlace);

    assertThat(servicio.deReporte(reporteId)).extracting(ArchivoEvidencia::getNombre).containsExactly("mil.txt", "tres.txt");
  }

  @Test
  void onlyTheAgencyLiaisonUploadsAndRemovesAndOnlyWhileTheReportIsTheirs() throws Exception {
    Solicitante otraDependencia = new Solicitante("otro.enlace", List.of("so-otra"));
    Solicitante comision = new Solicitante("analista", List.of(Grupos.COMISION));
    byte[] pdf = ArchivosPrueba.pdf();

    assertThatThrownBy(() -> servicio.subir(reporteId, "x.pdf", new ByteArrayInputStream(pdf), otraDependencia))
        .hasMessageContaining("solo el enlace de la dependencia responsable");
    assertThatThrownBy(() -> servicio.subir(reporteId, "x.pdf", new ByteArrayInputStream(pdf), comision))
        .isInstanceOf(ValidacionException.class);
    assertThat(servicio.puedeVer(reporteId, comision)).isTrue();
    assertThat(servicio.puedeVer(reporteId, otraDependencia)).isFalse();

    ArchivoEvidencia guardado = servicio.subir(reporteId, "x.pdf", new ByteArrayInputStream(pdf), enlace);
    marcar(EstadoReporte.ENVIADO);
    assertThatThrownBy(() -> servicio.eliminar(reporteId, guardado.getId(), enlace)).isInstanceOf(ValidacionException.class);
    marcar(EstadoReporte.DEVUELTO);
    servicio.eliminar(reporteId, guardado.getId(), enlace);

    assertThat(servicio.deReporte(reporteId)).isEmpty();
    assertThat(filas(guardado.getId())).isZero();
  }

  private ArchivosEvidencia servicio(PropiedadesEvidencias p) {
    return new ArchivosEvidencia(archivos, reportes, almacen, clamd.cliente(), p, tx);
  }

  private void marcar(EstadoReporte estado) {
    tx.executeWithoutResult(
        s -> {
          ReporteAvance r = reportes.findById(reporteId).orElseThrow();
          r.setEstado(estado);
          reportes.save(r);
        });
  }

  private int filas(String archivoId) {
    return jdbc.queryForObject("select count(*) from fragmento_archivo_evidencia where archivo_id = ?", Integer.class, archivoId);
  }

  private static String sha256(byte[] datos) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
  }
}
