package mx.infoqro.gobiernoabierto.compromiso;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.CampoCambio.Campo;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;

/**
 * The rules of a change request (issue #28), pure: who may ask, on which commitment, and the
 * field-by-field changes it makes (before / after) to the commitment's current values.
 */
public final class ReglasCambio {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReglasCambio() {}

  /** Whether the commitment accepts a request from someone of {@code grupos}; throws the reason otherwise. */
  public static void puedeSolicitar(Compromiso c, Collection<String> grupos) {
    if (c.getEstado() != EstadoCompromiso.EN_IMPLEMENTACION) {
      throw ValidacionException.de("cambio.no-en-implementacion", c.getFolio());
    }
    if (!grupos.contains(Grupos.COMISION) && !grupos.contains(c.getSujetoResponsable().grupo())) {
      throw ValidacionException.de("cambio.sin-permiso", c.getFolio(), c.getSujetoResponsable().getNombre());
    }
  }

  /** Returns the STL may make to one request; then it approves or rejects it. */
  public static final int DEVOLUCIONES_MAXIMAS = 2;

  /**
   * The group that works a request started by someone of {@code grupos}: the commission (any
   * commitment) or the agency's liaisons (its own); throws the reason when they are neither.
   */
  public static String grupoSolicitante(Collection<String> grupos) {
    if (grupos.contains(Grupos.COMISION)) {
      return Grupos.COMISION;
    }
    List<String> sujetos = grupos.stream().filter(g -> SujetoObligado.claveDeGrupo(g).isPresent()).sorted().toList();
    if (sujetos.size() != 1) {
      throw ValidacionException.de("cambio.solicitante-sin-grupo");
    }
    return sujetos.get(0);
  }

  /** Whether the STL may return the request once more (observations required); throws the reason otherwise. */
  public static void puedeDevolver(int devoluciones, String observaciones) {
    if (devoluciones >= DEVOLUCIONES_MAXIMAS) {
      throw ValidacionException.de("cambio.devoluciones-agotadas", DEVOLUCIONES_MAXIMAS);
    }
    if (observaciones == null || observaciones.isBlank()) {
      throw ValidacionException.enCampo("observaciones", "cambio.observaciones-requeridas");
    }
  }

  /**
   * The changes {@code s} makes to {@code c}, in order: the commitment's fields, then each
   * milestone's; {@code nuevoSujeto} is the agency of {@code s.sujetoResponsable()} (null when not asked).
   */
  public static List<CampoCambio> cambios(Compromiso c, SolicitudCambio s, SujetoObligado nuevoSujeto) {
    if (s.justificacion() == null || s.justificacion().isBlank()) {
      throw ValidacionException.enCampo("justificacion", "cambio.justificacion-requerida");
    }
    List<CampoCambio> campos = new ArrayList<>();
    texto(campos, Campo.DESCRIPCION, null, c.getDescripcion(), s.descripcion());
    texto(campos, Campo.COMO_RESUELVE, null, c.getComoResuelve(), s.comoResuelve());
    if (nuevoSujeto != null && !nuevoSujeto.getId().equals(c.getSujetoResponsable().getId())) {
      campos.add(new CampoCambio(Campo.SUJETO_RESPONSABLE, null, c.getSujetoResponsable().getClave(), nuevoSujeto.getClave()));
    }
    texto(campos, Campo.OTROS_ACTORES, null, c.getOtrosActores(), s.otrosActores());
    List<Hito> hitos = c.getHitos();
    for (CambioHito h : s.hitos()) {
      if (h.numero() == null) {
        nuevo(campos, h);
        continue;
      }
      if (h.numero() < 1 || h.numero() > hitos.size()) {
        throw ValidacionException.de("cambio.hito-desconocido", h.numero(), c.getFolio());
      }
      Hito hito = hitos.get(h.numero() - 1);
      if (h.retirar()) {
        if (h.motivoRetiro() == null || h.motivoRetiro().isBlank()) {
          throw ValidacionException.de("cambio.motivo-retiro-requerido", h.numero());
        }
        campos.add(new CampoCambio(Campo.HITO_RETIRADO, hito, hito.getDescripcion(), h.motivoRetiro().strip()));
        continue;
      }
      texto(campos, Campo.HITO_DESCRIPCION, hito, hito.getDescripcion(), h.descripcion());
      texto(campos, Campo.HITO_PRODUCTO, hito, hito.getProductoEsperado(), h.productoEsperado());
      fecha(campos, Campo.HITO_FECHA_INICIO, hito, hito.getFechaInicio(), h.fechaInicio());
      fecha(campos, Campo.HITO_FECHA_FIN, hito, hito.getFechaFin(), h.fechaFin());
      LocalDate inicio = h.fechaInicio() != null ? h.fechaInicio() : hito.getFechaInicio();
      LocalDate fin = h.fechaFin() != null ? h.fechaFin() : hito.getFechaFin();
      if (inicio != null && fin.isBefore(inicio)) {
        throw ValidacionException.de("cambio.fechas-hito", h.numero());
      }
    }
    if (campos.isEmpty()) {
      throw ValidacionException.de("cambio.sin-cambios");
    }
    return campos;
  }

  /** Whether the changes touch the scope or the responsible agency (the rule's inputs). */
  public static boolean cambiaAlcance(Collection<CampoCambio> campos) {
    return campos.stream().anyMatch(c -> c.getCampo() == Campo.DESCRIPCION || c.getCampo() == Campo.COMO_RESUELVE);
  }

  public static boolean cambiaResponsable(Collection<CampoCambio> campos) {
    return campos.stream().anyMatch(c -> c.getCampo() == Campo.SUJETO_RESPONSABLE);
  }

  /**
   * A milestone's status once its end date moved: reported late, it is in progress again while the
   * new date has not passed (its verified percentage stays).
   */
  public static Hito.EstadoHito estadoTrasMoverFin(Hito.EstadoHito estado, int porcentaje, LocalDate fin, LocalDate hoy) {
    if (estado != Hito.EstadoHito.RETRASADO || fin.isBefore(hoy)) {
      return estado;
    }
    return porcentaje > 0 ? Hito.EstadoHito.EN_PROCESO : Hito.EstadoHito.NO_INICIADO;
  }

  private static void nuevo(List<CampoCambio> campos, CambioHito h) {
    if (h.descripcion() == null || h.descripcion().isBlank() || h.fechaFin() == null) {
      throw ValidacionException.de("cambio.hito-nuevo-incompleto");
    }
    if (h.fechaInicio() != null && h.fechaFin().isBefore(h.fechaInicio())) {
      throw ValidacionException.de("cambio.fechas-hito-nuevo");
    }
    HitoNuevo nuevo = new HitoNuevo(h.descripcion().strip(),
        h.productoEsperado() == null || h.productoEsperado().isBlank() ? null : h.productoEsperado().strip(),
        Objects.toString(h.fechaInicio(), null), h.fechaFin().toString());
    try {
      campos.add(new CampoCambio(Campo.HITO_NUEVO, null, null, JSON.writeValueAsString(nuevo)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The new milestone a {@link Campo#HITO_NUEVO} change holds (its value, JSON). */
  public static HitoNuevo hitoNuevo(String valor) {
    try {
      return JSON.readValue(valor, HitoNuevo.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A milestone added by a change; dates as ISO text. */
  public record HitoNuevo(String descripcion, String productoEsperado, String fechaInicio, String fechaFin) {
    public Hito hito() {
      return new Hito(descripcion, productoEsperado, fechaInicio == null ? null : LocalDate.parse(fechaInicio),
          LocalDate.parse(fechaFin));
    }
  }

  private static void texto(List<CampoCambio> campos, Campo campo, Hito hito, String antes, String despues) {
    if (despues != null && !despues.isBlank() && !despues.strip().equals(antes)) {
      campos.add(new CampoCambio(campo, hito, antes, despues.strip()));
    }
  }

  private static void fecha(List<CampoCambio> campos, Campo campo, Hito hito, LocalDate antes, LocalDate despues) {
    if (despues != null && !despues.equals(antes)) {
      campos.add(new CampoCambio(campo, hito, Objects.toString(antes, null), despues.toString()));
    }
  }
}
