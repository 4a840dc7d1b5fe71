package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia.EstadoArchivo;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence files of progress reports: the agency's liaisons upload and remove them while the
 * report is theirs to write; each upload is limited in size while it is read, checked ({@link
 * ComprobacionArchivos}) and scanned by the antivirus before anything is kept. With the antivirus
 * unreachable the file is kept in quarantine (never public) and scanned later ({@link
 * #escanearCuarentena}). A refusal is a {@link ValidacionException} with the Spanish reason and
 * leaves nothing stored.
 */
@Service
public class ArchivosEvidencia {

  private static final Logger LOG = LoggerFactory.getLogger(ArchivosEvidencia.class);
  private static final Set<EstadoReporte> EDITABLE = Set.of(EstadoReporte.PENDIENTE, EstadoReporte.DEVUELTO);
  private static final Set<EstadoReporte> VERIFICADO = Set.of(EstadoReporte.VERIFICADO, EstadoReporte.PUBLICADO);
  private static final Set<String> REVISORES = Set.of(Grupos.COMISION, Grupos.PLENO, Grupos.ADMIN);

  /** Who asks: the user's id and the ids of their groups. */
  public record Solicitante(String usuario, Collection<String> grupos) {}

  /** The report the files belong to, as its page names it. */
  public record Reporte(String folio, String titulo, int periodo) {}

  private final ArchivoEvidenciaRepository archivos;
  private final ReporteAvanceRepository reportes;
  private final AlmacenArchivos almacen;
  private final ClienteClamd antivirus;
  private final PropiedadesEvidencias propiedades;
  private final ComprobacionArchivos comprobacion;
  private final TransactionTemplate transaccion;

  ArchivosEvidencia(
      ArchivoEvidenciaRepository archivos,
      ReporteAvanceRepository reportes,
      AlmacenArchivos almacen,
      ClienteClamd antivirus,
      PropiedadesEvidencias propiedades,
      TransactionTemplate transaccion) {
    this.archivos = archivos;
    this.reportes = reportes;
    this.almacen = almacen;
    this.antivirus = antivirus;
    this.propiedades = propiedades;
    this.comprobacion = new ComprobacionArchivos(propiedades.tipos());
    this.transaccion = transaccion;
  }

  /** Whether {@code quien} may upload and remove files of the report now (its agency's liaison, report not sent). */
  public boolean puedeModificar(Long reporteId, Solicitante quien) {
    return Boolean.TRUE.equals(
        transaccion.execute(
        t -> {
          ReporteAvance reporte = reporte(reporteId);
          return EDITABLE.contains(reporte.getEstado()) && esEnlace(reporte, quien);
        }));
  }

  /** Whether {@code quien} may see the report's files (its liaisons, the commission, the Pleno). */
  public boolean puedeVer(Long reporteId, Solicitante quien) {
    return quien.grupos().stream().anyMatch(REVISORES::contains)
        || Boolean.TRUE.equals(transaccion.execute(t -> esEnlace(reporte(reporteId), quien)));
  }

  /** The report's commitment and period. */
  public Reporte reporteDe(Long reporteId) {
    return transaccion.execute(
        t -> {
          ReporteAvance r = reporte(reporteId);
          return new Reporte(r.getCompromiso().getFolio(), r.getCompromiso().getTitulo(), r.getPeriodo());
        });
  }

  /** The report's files that were not refused, in upload order. */
  public List<ArchivoEvidencia> deReporte(Long reporteId) {
    return archivos.findByReporteIdAndEstadoNotOrderBySubido(reporteId, EstadoArchivo.RECHAZADO);
  }

  /**
   * Uploads a file to the report: read at most up to the limits, checked, scanned, stored.
   *
   * @throws ValidacionException (Spanish) when it may not be uploaded; nothing is stored then
   */
  public ArchivoEvidencia subir(Long reporteId, String nombreOriginal, InputStream contenido, Solicitante quien) {
    if (!puedeModificar(reporteId, quien)) {
      throw ValidacionException.de("evidencia.sin-permiso");
    }
    String nombre = NombresArchivo.limpiar(nombreOriginal);
    long usado = archivos.sumaTamanios(reporteId, EstadoArchivo.RECHAZADO);
    long porArchivo = propiedades.maximoArchivo().toBytes();
    long disponible = Math.min(porArchivo, propiedades.maximoReporte().toBytes() - usado);
    Path temporal = null;
    Path limpio = null;
    try {
      temporal = Files.createTempFile("evidencia-", ".subida");
      try (InputStream limitado = new LimiteBytes(contenido, Math.max(disponible, 0))) {
        Files.copy(limitado, temporal, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (LimiteBytes.LimiteExcedido excedido) {
        throw disponible < porArchivo
            ? ValidacionException.de("evidencia.excede-reporte", nombre, megas(propiedades.maximoReporte().toBytes()))
            : ValidacionException.de("evidencia.excede-archivo", nombre, megas(porArchivo));
      }
      ComprobacionArchivos.Comprobado comprobado = comprobacion.comprobar(temporal, nombre);
      limpio = comprobado.archivo();
      EstadoArchivo estado = escanear(comprobado.archivo(), nombre);
      return guardar(reporteId, nombre, comprobado, estado, quien.usuario());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      borrarTemporal(temporal);
      borrarTemporal(limpio);
    }
  }

  /** Removes a file from a report not sent yet (its rows are deleted). */
  public void eliminar(Long reporteId, String archivoId, Solicitante quien) {
    if (!puedeModificar(reporteId, quien)) {
      throw ValidacionException.de("evidencia.sin-permiso");
    }
    transaccion.executeWithoutResult(
        s ->
            archivos
                .findById(archivoId)
                .filter(a -> a.getReporteId().equals(reporteId))
                .ifPresent(
                    a -> {
                      almacen.borrar(a.getId());
                      archivos.delete(a);
                    }));
  }

  /**
   * Scans the quarantined files again, oldest first; stops at the first one the antivirus cannot
   * take. A clean file becomes available; one with a signature is refused and its content deleted.
   *
   * @return how many files were scanned
   */
  public int escanearCuarentena() {
    int escaneados = 0;
    for (ArchivoEvidencia archivo : archivos.findTop20ByEstadoOrderBySubido(EstadoArchivo.CUARENTENA)) {
      ClienteClamd.Resultado resultado;
      try (InputStream contenido = almacen.leer(archivo.getId(), 0)) {
        resultado = antivirus.escanear(contenido);
      } catch (IOException inalcanzable) {
        LOG.warn("Antivirus unreachable: {} evidence files stay in quarantine ({})", enCuarentena(), inalcanzable.toString());
        return escaneados;
      }
      escaneados++;
      transaccion.executeWithoutResult(s -> marcarEscaneado(archivo.getId(), resultado));
    }
    return escaneados;
  }

  /** Files waiting for the antivirus (readiness and metrics). */
  public long enCuarentena() {
    return archivos.countByEstado(EstadoArchivo.CUARENTENA);
  }

  /** Whether the antivirus answers now (readiness and metrics). */
  public boolean antivirusDisponible() {
    return antivirus.disponible();
  }

  /** A public file: available and of a verified report; otherwise empty. */
  public java.util.Optional<ArchivoEvidencia> publico(String archivoId) {
    return archivos
        .findById(archivoId)
        .filter(a -> a.getEstado() == EstadoArchivo.DISPONIBLE)
        .filter(a -> reportes.findById(a.getReporteId()).map(r -> VERIFICADO.contains(r.getEstado())).orElse(false));
  }

  /** A file a staff member may see (not refused), for {@link #puedeVer}. */
  public java.util.Optional<ArchivoEvidencia> deReporte(Long reporteId, String archivoId) {
    return archivos.findById(archivoId).filter(a -> a.getReporteId().equals(reporteId) && a.getEstado() != EstadoArchivo.RECHAZADO);
  }

  /** The content of a file from byte {@code desde}, streamed from the database. */
  public InputStream contenido(String archivoId, long desde) {
    return almacen.leer(archivoId, desde);
  }

  private EstadoArchivo escanear(Path archivo, String nombre) throws IOException {
    ClienteClamd.Resultado resultado;
    try (InputStream contenido = Files.newInputStream(archivo)) {
      resultado = antivirus.escanear(contenido);
    } catch (IOException inalcanzable) {
      LOG.warn("Antivirus unreachable, {} kept in quarantine: {}", nombre, inalcanzable.toString());
      return EstadoArchivo.CUARENTENA;
    }
    if (!resultado.limpio()) {
      LOG.warn("Antivirus found {} in an upload ({}): refused", resultado.firma(), nombre);
      throw ValidacionException.de("evidencia.virus", nombre, resultado.firma());
    }
    return EstadoArchivo.DISPONIBLE;
  }

  private ArchivoEvidencia guardar(
      Long reporteId, String nombre, ComprobacionArchivos.Comprobado comprobado, EstadoArchivo estado, String usuario) {
    return transaccion.execute(
        s -> {
          // checked again under the report's lock: a parallel upload or the report being sent meanwhile
          ReporteAvance reporte = reportes.bloquear(reporteId).orElseThrow(() -> ValidacionException.de("evidencia.sin-permiso"));
          if (!EDITABLE.contains(reporte.getEstado())) {
            throw ValidacionException.de("evidencia.sin-permiso");
          }
          long maximo = propiedades.maximoReporte().toBytes();
          if (archivos.sumaTamanios(reporteId, EstadoArchivo.RECHAZADO) + tamanio(comprobado.archivo()) > maximo) {
            throw ValidacionException.de("evidencia.excede-reporte", nombre, megas(maximo));
          }
          ArchivoEvidencia archivo = new ArchivoEvidencia();
          archivo.setId(UUID.randomUUID().toString());
          archivo.setReporteId(reporteId);
          archivo.setNombre(nombre);
          archivo.setTipoContenido(comprobado.tipo());
          archivo.setSha256("");
          archivo.setEstado(estado);
          archivo.setSubidoPor(usuario);
          archivo.setSubido(Instant.now());
          archivo.setEscaneado(estado == EstadoArchivo.DISPONIBLE ? archivo.getSubido() : null);
          archivos.saveAndFlush(archivo);
          try (InputStream contenido = Files.newInputStream(comprobado.archivo())) {
            AlmacenArchivos.Escrito escrito = almacen.escribir(archivo.getId(), contenido);
            archivo.setTamanio(escrito.tamanio());
            archivo.setSha256(escrito.sha256());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return archivos.save(archivo);
        });
  }

  private void marcarEscaneado(String archivoId, ClienteClamd.Resultado resultado) {
    archivos
        .findById(archivoId)
        .filter(a -> a.getEstado() == EstadoArchivo.CUARENTENA)
        .ifPresent(
            a -> {
              a.setEscaneado(Instant.now());
              if (resultado.limpio()) {
                a.setEstado(EstadoArchivo.DISPONIBLE);
              } else {
                LOG.warn("Antivirus found {} in quarantined evidence file {}: refused, content deleted", resultado.firma(), a.getId());
                a.setEstado(EstadoArchivo.RECHAZADO);
                a.setFirmaAntivirus(resultado.firma());
                almacen.borrar(a.getId());
              }
            });
  }

  private ReporteAvance reporte(Long reporteId) {
    return reportes.findById(reporteId).orElseThrow(() -> ValidacionException.de("evidencia.sin-permiso"));
  }

  private static boolean esEnlace(ReporteAvance reporte, Solicitante quien) {
    return quien.grupos().contains(SujetoObligado.grupoDe(reporte.getCompromiso().getSujetoResponsable().getClave()));
  }

  private static long tamanio(Path archivo) {
    try {
      return Files.size(archivo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String megas(long bytes) {
    return String.valueOf(bytes / (1024 * 1024));
  }

  private static void borrarTemporal(Path archivo) {
    if (archivo != null) {
      try {
        Files.deleteIfExists(archivo);
      } catch (IOException e) {
        LOG.warn("Could not delete the temporary file {}", archivo, e);
      }
    }
  }
}
