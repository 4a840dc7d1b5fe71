package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.mesa.FormularioMesa;
import mx.infoqro.gobiernoabierto.mesa.MesaService;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.TareasMesa;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RedactarCompromisos: opens one empty draft (with one empty milestone) and the options of
 * agencies and incorporated proposals; on completion stores the drafts.
 */
@Component("redactarCompromisosListener")
class RedactarCompromisosListener implements TaskListener {

  private final MesaService mesaService;
  private final RedaccionCompromisos redaccion;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;

  RedactarCompromisosListener(
      MesaService mesaService, RedaccionCompromisos redaccion, SujetoObligadoService sujetos, Auditoria auditoria) {
    this.mesaService = mesaService;
    this.redaccion = redaccion;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long mesaId = TareasMesa.mesaId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      Vista vista = mesaService.vista(mesaId);
      TareasMesa.encabezado(tarea, vista);
      tarea.setVariableLocal(CAMPO_COMPROMISOS, FormularioTarea.json(List.of(compromisoVacio())));
      tarea.setVariableLocal(CAMPO_SUJETOS_OPCIONES, FormularioTarea.json(
              sujetos.activos().stream()
                  .map(s -> FormularioTarea.opcion(s.getNombre() + (s.getSiglas() != null ? " (" + s.getSiglas() + ")" : ""), String.valueOf(s.getId())))
                  .toList()));
      tarea.setVariableLocal(
          CAMPO_PROPUESTAS_INCORPORADAS_OPCIONES,
          FormularioTarea.json(
              FormularioMesa.opcionesPropuestas(
                  vista.propuestas().stream().filter(p -> p.decision() == DecisionRespuesta.INCORPORADA).toList())));
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      redaccion.redactar(
          mesaId, FormularioBorradores.compromisos(FormularioTarea.filas(tarea, CAMPO_COMPROMISOS)), auditoria.actor(tarea));
    }
  }

  private static Map<String, Object> compromisoVacio() {
    Map<String, Object> hito = new HashMap<>();
    for (String campo : List.of(CAMPO_DESCRIPCION, CAMPO_PRODUCTO_ESPERADO, CAMPO_FECHA_INICIO, CAMPO_FECHA_FIN)) {
      hito.put(campo, null);
    }
    Map<String, Object> compromiso = new HashMap<>();
    for (String campo :
        List.of(
            CAMPO_TITULO, CAMPO_PROBLEMA, CAMPO_STATUS_QUO, CAMPO_DESCRIPCION, CAMPO_COMO_RESUELVE,
            CAMPO_SUJETO_RESPONSABLE_ID, CAMPO_OTROS_ACTORES, CAMPO_CONTACTO, CAMPO_FECHA_INICIO, CAMPO_FECHA_FIN)) {
      compromiso.put(campo, null);
    }
    compromiso.put(CAMPO_VALORES, List.of());
    compromiso.put(CAMPO_PROPUESTAS_ATENDIDAS, List.of());
    compromiso.put(CAMPO_HITOS, List.of(hito));
    return compromiso;
  }
}
