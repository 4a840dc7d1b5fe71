package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table's revision of a returned draft (Task_AtenderObservaciones): the form shows the draft as
 * it stands with who returned it and why; the revision follows the rules of a new draft.
 */
@Service
@Transactional
public class ObservacionesCompromiso {

  private final ExpedienteCompromiso expediente;
  private final SujetoObligadoService sujetos;

  ObservacionesCompromiso(ExpedienteCompromiso expediente, SujetoObligadoService sujetos) {
    this.expediente = expediente;
    this.sujetos = sujetos;
  }

  /**
   * Task_AtenderObservaciones as it opens: the returned draft with every template field, who
   * returned it and with which observations, and the agencies it may name (the active ones).
   */
  @Transactional(readOnly = true)
  public FormularioAtenderObservaciones formulario(Long compromisoId) {
    Compromiso c = expediente.compromiso(compromisoId);
    VistaCompromiso vista = expediente.vista(c);
    return new FormularioAtenderObservaciones(
        vista.folio(),
        vista.eje(),
        vista.ronda(),
        expediente.devueltoPor(c),
        vista.observacionesAnteriores(),
        c.getTitulo(),
        c.getProblema(),
        c.getStatusQuo(),
        c.getDescripcion(),
        c.getComoResuelve(),
        valores(c.getValores()),
        c.getSujetoResponsable().getId(),
        sujetos.activos().stream()
            .map(s -> new OpcionFormulario(ExpedienteCompromiso.nombreConSiglas(s), String.valueOf(s.getId())))
            .toList(),
        c.getOtrosActores(),
        c.getContacto(),
        c.getFechaInicio(),
        c.getFechaFin(),
        c.getHitos().stream()
            .map(h -> new BorradorHito(h.getDescripcion(), h.getProductoEsperado(), h.getFechaInicio(), h.getFechaFin()))
            .toList());
  }

  private static Set<ValorGobiernoAbierto> valores(String guardados) {
    Set<ValorGobiernoAbierto> valores = EnumSet.noneOf(ValorGobiernoAbierto.class);
    if (guardados != null) {
      Arrays.stream(guardados.split(","))
          .map(String::trim)
          .filter(v -> !v.isEmpty())
          .forEach(v -> valores.add(ValorGobiernoAbierto.valueOf(v)));
    }
    return valores;
  }

  /**
   * Stores the table's revision of a returned draft, checked with the rules of a new draft.
   *
   * @return the Camunda group of the (possibly new) responsible agency
   * @throws ValidacionException when the draft is incomplete; nothing is changed then
   */
  public String atenderObservaciones(Long compromisoId, Borrador borrador, String usuario) {
    ReglasCompromiso.validarBorradores(
        List.of(borrador), id -> sujetos.buscar(id).map(SujetoObligado::isActivo).orElse(false));
    Compromiso c = expediente.compromiso(compromisoId);
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.DEVUELTO);
    SujetoObligado sujeto = sujetos.buscar(borrador.sujetoResponsableId()).orElseThrow();
    BorradorCompromisoService.aplicar(borrador, c, sujeto);
    actualizarHitos(c, borrador.hitos());
    expediente.registrar(c, OBSERVACIONES_ATENDIDAS, usuario, null);
    return sujeto.grupo();
  }

  /** Creates, updates (by position) or removes milestones so the draft has exactly the given ones. */
  private static void actualizarHitos(Compromiso c, List<BorradorHito> nuevos) {
    List<Hito> actuales = c.getHitos();
    for (int i = 0; i < nuevos.size(); i++) {
      BorradorHito n = nuevos.get(i);
      if (i < actuales.size()) {
        Hito h = actuales.get(i);
        h.setDescripcion(n.descripcion());
        h.setProductoEsperado(n.productoEsperado());
        h.setFechaInicio(n.fechaInicio());
        h.setFechaFin(n.fechaFin());
      } else {
        c.agregarHito(new Hito(n.descripcion(), n.productoEsperado(), n.fechaInicio(), n.fechaFin()));
      }
    }
    while (actuales.size() > nuevos.size()) {
      actuales.remove(actuales.size() - 1);
    }
  }
}
