package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.time.ZoneId;
import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.mesa.MesaService.RegistroSesion;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RegistrarSesion: offers the scheduled sessions; on completion records the session held and
 * its proposals, and writes the decision {@code mesaCerrada} (Boolean) the gateway branches on.
 */
@Component("registrarSesionListener")
class RegistrarSesionListener implements TaskListener {

  private final MesaService mesaService;
  private final Auditoria auditoria;
  private final Plazos plazos;

  RegistrarSesionListener(MesaService mesaService, Auditoria auditoria, Plazos plazos) {
    this.mesaService = mesaService;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long mesaId = TareasMesa.mesaId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      Vista vista = mesaService.vista(mesaId);
      TareasMesa.encabezado(tarea, vista);
      tarea.setVariableLocal(
          CAMPO_SESIONES_OPCIONES, FormularioTarea.json(FormularioMesa.opcionesSesiones(vista.sesiones(), vista.zona())));
      for (String campo :
          List.of(
              CAMPO_SESION_ID, CAMPO_ASISTENTES, CAMPO_LISTA_ASISTENCIA, CAMPO_ACTA,
              CAMPO_NUEVA_SESION_FECHA_HORA, CAMPO_NUEVA_SESION_LUGAR, CAMPO_NUEVA_SESION_ENLACE)) {
        tarea.setVariableLocal(campo, null);
      }
      tarea.setVariableLocal(CAMPO_PROPUESTAS, FormularioTarea.json(List.of()));
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      ZoneId zona = plazos.ahora().getZone();
      RegistroSesion registro =
          new RegistroSesion(
              FormularioTarea.id(FormularioTarea.valor(tarea, CAMPO_SESION_ID), "Sesión celebrada"),
              FormularioTarea.entero(FormularioTarea.valor(tarea, CAMPO_ASISTENTES), "Número de asistentes"),
              FormularioTarea.texto(tarea, CAMPO_LISTA_ASISTENCIA),
              FormularioTarea.texto(tarea, CAMPO_ACTA),
              FormularioMesa.propuestas(FormularioTarea.filas(tarea, CAMPO_PROPUESTAS)),
              FormularioMesa.nuevaSesion(
                  FormularioTarea.valor(tarea, CAMPO_NUEVA_SESION_FECHA_HORA),
                  FormularioTarea.valor(tarea, CAMPO_NUEVA_SESION_LUGAR),
                  FormularioTarea.valor(tarea, CAMPO_NUEVA_SESION_ENLACE),
                  zona),
              FormularioTarea.siNo(tarea, VAR_MESA_CERRADA));
      mesaService.registrarSesion(mesaId, registro, auditoria.actor(tarea));
      // The gateway branches on a Boolean, whatever type the form submitted
      tarea.getExecution().setVariable(VAR_MESA_CERRADA, registro.mesaCerrada());
    }
  }
}
