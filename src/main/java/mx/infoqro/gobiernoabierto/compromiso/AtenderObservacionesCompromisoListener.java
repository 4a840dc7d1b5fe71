package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.*;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.fecha;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.filas;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.json;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.lista;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoService.AtencionObservaciones;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code Task_AtenderObservaciones}: the table revises the returned draft. On {@code create}
 * every template field is preset as a task-local variable (with the observations and who made them,
 * read-only); on {@code complete} the service validates and stores the draft, and the process
 * variable {@code grupoResponsable} follows the agency the table named.
 */
@Component("atenderObservacionesCompromisoListener")
class AtenderObservacionesCompromisoListener implements TaskListener {

  private final AprobacionCompromisoService servicio;
  private final Auditoria auditoria;

  AtenderObservacionesCompromisoListener(AprobacionCompromisoService servicio, Auditoria auditoria) {
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long compromisoId = compromisoId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      prellenar(tarea, compromisoId);
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      String grupo = servicio.atenderObservaciones(compromisoId, leer(tarea), auditoria.actor(tarea));
      tarea.getExecution().setVariable(VAR_GRUPO_RESPONSABLE, grupo);
    }
  }

  private void prellenar(DelegateTask tarea, Long compromisoId) {
    AtencionObservaciones atencion = servicio.atencion(compromisoId);
    VistaCompromiso vista = atencion.vista();
    Borrador b = atencion.borrador();
    tarea.setVariableLocal(CAMPO_FOLIO, vista.folio());
    tarea.setVariableLocal(CAMPO_EJE, vista.eje());
    tarea.setVariableLocal(CAMPO_RONDA, vista.ronda());
    tarea.setVariableLocal(CAMPO_DEVUELTO_POR, atencion.devueltoPor());
    tarea.setVariableLocal(CAMPO_OBSERVACIONES_ANTERIORES, vista.observacionesAnteriores());
    tarea.setVariableLocal(CAMPO_TITULO, b.titulo());
    tarea.setVariableLocal(CAMPO_PROBLEMA, b.problema());
    tarea.setVariableLocal(CAMPO_STATUS_QUO, b.statusQuo());
    tarea.setVariableLocal(CAMPO_DESCRIPCION, b.descripcion());
    tarea.setVariableLocal(CAMPO_COMO_RESUELVE, b.comoResuelve());
    tarea.setVariableLocal(CAMPO_VALORES, json(b.valores().stream().map(Enum::name).toList()));
    tarea.setVariableLocal(CAMPO_SUJETO_RESPONSABLE_ID, String.valueOf(b.sujetoResponsableId()));
    tarea.setVariableLocal(CAMPO_SUJETOS_OPCIONES, json(atencion.sujetos()));
    tarea.setVariableLocal(CAMPO_OTROS_ACTORES, b.otrosActores());
    tarea.setVariableLocal(CAMPO_CONTACTO, b.contacto());
    tarea.setVariableLocal(CAMPO_FECHA_INICIO, iso(b.fechaInicio()));
    tarea.setVariableLocal(CAMPO_FECHA_FIN, iso(b.fechaFin()));
    tarea.setVariableLocal(
        CAMPO_HITOS,
        json(
            b.hitos().stream()
                .map(
                    h -> {
                      Map<String, Object> fila = new LinkedHashMap<>();
                      fila.put(HITO_DESCRIPCION, h.descripcion());
                      fila.put(HITO_PRODUCTO, h.productoEsperado());
                      fila.put(HITO_FECHA_INICIO, iso(h.fechaInicio()));
                      fila.put(HITO_FECHA_FIN, iso(h.fechaFin()));
                      return fila;
                    })
                .toList()));
  }

  private static Borrador leer(DelegateTask tarea) {
    List<BorradorHito> hitos =
        filas(tarea, CAMPO_HITOS).stream()
            .map(
                fila ->
                    new BorradorHito(
                        cadena(fila.get(HITO_DESCRIPCION)),
                        cadena(fila.get(HITO_PRODUCTO)),
                        fecha(cadena(fila.get(HITO_FECHA_INICIO)), "Fecha de inicio del hito"),
                        fecha(cadena(fila.get(HITO_FECHA_FIN)), "Fecha de término del hito")))
            .toList();
    return new Borrador(
        texto(tarea, CAMPO_TITULO),
        texto(tarea, CAMPO_PROBLEMA),
        texto(tarea, CAMPO_STATUS_QUO),
        texto(tarea, CAMPO_DESCRIPCION),
        texto(tarea, CAMPO_COMO_RESUELVE),
        valores(lista(tarea, CAMPO_VALORES)),
        id(texto(tarea, CAMPO_SUJETO_RESPONSABLE_ID)),
        texto(tarea, CAMPO_OTROS_ACTORES),
        texto(tarea, CAMPO_CONTACTO),
        fecha(tarea, CAMPO_FECHA_INICIO, "Fecha de inicio"),
        fecha(tarea, CAMPO_FECHA_FIN, "Fecha de término"),
        hitos);
  }

  private static Set<ValorGobiernoAbierto> valores(List<String> textos) {
    Set<ValorGobiernoAbierto> valores = EnumSet.noneOf(ValorGobiernoAbierto.class);
    for (String texto : textos) {
      try {
        valores.add(ValorGobiernoAbierto.valueOf(texto));
      } catch (IllegalArgumentException e) {
        throw new ValidacionException("El valor de gobierno abierto «" + texto + "» no es válido.");
      }
    }
    return valores;
  }

  private static Long id(String texto) {
    if (texto == null) {
      return null;
    }
    try {
      return Long.valueOf(texto);
    } catch (NumberFormatException e) {
      throw new ValidacionException("El sujeto obligado responsable elegido no es válido.");
    }
  }

  private static String cadena(Object valor) {
    if (valor == null) {
      return null;
    }
    String texto = valor.toString().trim();
    return texto.isEmpty() ? null : texto;
  }

  private static String iso(LocalDate fecha) {
    return fecha == null ? null : fecha.toString();
  }
}
