package mx.infoqro.gobiernoabierto.compromiso;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved change applied as the commitment's next version, in the approving transaction of
 * {@link CambiosCompromiso}: the current values change, the previous and the new content are kept
 * in {@link VersionCompromiso} (JSON, written once), and {@link CambioCompromisoAplicado} tells the
 * follow-up.
 */
@Service
public class AplicacionCambios {

  private final CompromisoRepository compromisos;
  private final HitoRepository hitos;
  private final VersionCompromisoRepository versiones;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final ApplicationEventPublisher eventos;
  private final ObjectMapper json = new ObjectMapper();

  AplicacionCambios(CompromisoRepository compromisos, HitoRepository hitos, VersionCompromisoRepository versiones,
      SujetoObligadoService sujetos, Auditoria auditoria, Plazos plazos, ApplicationEventPublisher eventos) {
    this.compromisos = compromisos;
    this.hitos = hitos;
    this.versiones = versiones;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.plazos = plazos;
    this.eventos = eventos;
  }

  /** Every version kept of a commitment, the first first (none until its first change is applied). */
  @Transactional(readOnly = true)
  public List<ContenidoVersion> versiones(Long compromisoId) {
    return versiones.findByCompromisoIdOrderByNumero(compromisoId).stream().map(v -> leer(v.getContenido())).toList();
  }

  /** The new version: version 1 kept first if not yet, every change made, the next version kept. */
  void aplicar(CambioCompromiso cambio, String usuario) {
    Compromiso c = cambio.getCompromiso();
    String grupoAnterior = c.getSujetoResponsable().grupo();
    if (!versiones.existsByCompromisoIdAndNumero(c.getId(), c.getVersion())) {
      versiones.save(new VersionCompromiso(c.getId(), c.getVersion(), escribir(ContenidoVersion.de(c)), c.getAprobado() != null ? c.getAprobado() : plazos.instante(), null));
    }
    LocalDate hoy = plazos.hoy();
    for (CampoCambio campo : cambio.getCampos()) {
      Hito h = campo.getHito();
      String nuevo = campo.getValorNuevo();
      switch (campo.getCampo()) {
        case DESCRIPCION -> c.setDescripcion(nuevo);
        case COMO_RESUELVE -> c.setComoResuelve(nuevo);
        case SUJETO_RESPONSABLE -> c.setSujetoResponsable(sujetos.porClave(nuevo).orElseThrow());
        case OTROS_ACTORES -> c.setOtrosActores(nuevo);
        case HITO_DESCRIPCION -> h.setDescripcion(nuevo);
        case HITO_PRODUCTO -> h.setProductoEsperado(nuevo);
        case HITO_FECHA_INICIO -> h.setFechaInicio(LocalDate.parse(nuevo));
        case HITO_FECHA_FIN -> {
          h.setFechaFin(LocalDate.parse(nuevo));
          h.setEstado(ReglasCambio.estadoTrasMoverFin(h.getEstado(), h.getPorcentaje(), h.getFechaFin(), hoy));
        }
        case HITO_RETIRADO -> {
          h.setRetirado(true);
          h.setMotivoRetiro(nuevo); // kept in the table (its reports point to it), out of the collection on the next read
        }
        case HITO_NUEVO -> {
          Hito agregado = ReglasCambio.hitoNuevo(nuevo).hito();
          c.agregarHito(agregado);
          hitos.save(agregado); // persisted (not merged) before the change row points to it
          campo.setHito(agregado);
        }
      }
    }
    c.setVersion(c.getVersion() + 1);
    c.setModificado(plazos.instante());
    compromisos.saveAndFlush(c);
    versiones.save(new VersionCompromiso(c.getId(), c.getVersion(), escribir(ContenidoVersion.de(c)), c.getModificado(), cambio.getId()));
    cambio.setEstado(Estado.APROBADO);
    cambio.setVersion(c.getVersion());
    cambio.terminar(plazos.instante());
    auditoria.registrar(c.getFolio(), CambiosCompromiso.ENTIDAD, cambio.getId(), "APLICADO", usuario, "Versión " + c.getVersion());
    eventos.publishEvent(new CambioCompromisoAplicado(c.getId(), cambio.getId(), c.getVersion(), grupoAnterior,
        c.getSujetoResponsable().grupo()));
  }

  private String escribir(ContenidoVersion v) {
    try {
      return json.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ContenidoVersion leer(String contenido) {
    try {
      return json.readValue(contenido, ContenidoVersion.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
