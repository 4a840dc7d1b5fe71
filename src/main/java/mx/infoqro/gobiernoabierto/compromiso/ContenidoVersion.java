package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;

/** The changeable content of a commitment in one version, as {@link VersionCompromiso} keeps it (JSON). */
public record ContenidoVersion(
    int version,
    String descripcion,
    String comoResuelve,
    String sujetoResponsable,
    String otrosActores,
    List<HitoVersion> hitos) {

  /** One milestone in force in the version; dates as ISO text. */
  public record HitoVersion(Long id, String descripcion, String productoEsperado, String fechaInicio, String fechaFin) {}

  static ContenidoVersion de(Compromiso c) {
    return new ContenidoVersion(
        c.getVersion(), c.getDescripcion(), c.getComoResuelve(), c.getSujetoResponsable().getClave(), c.getOtrosActores(),
        c.getHitos().stream()
            .filter(h -> !h.isRetirado())
            .map(h -> new HitoVersion(h.getId(), h.getDescripcion(), h.getProductoEsperado(),
                h.getFechaInicio() == null ? null : h.getFechaInicio().toString(), h.getFechaFin().toString()))
            .toList());
  }
}
