package mx.infoqro.gobiernoabierto.ejercicio;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess.*;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms of {@code ejercicio-gobierno-abierto}'s user tasks. On {@code create} each listener
 * prefills its form with task-local variables; on {@code complete} it hands what was submitted to
 * the feature service (see {@link mx.infoqro.gobiernoabierto.comun.FormularioTarea}).
 */
@Configuration
class EjercicioFormularios {

  private static Long ejercicioId(DelegateTask tarea) {
    return (Long) tarea.getVariable(VAR_EJERCICIO_ID);
  }

  private static boolean creando(DelegateTask tarea) {
    return TaskListener.EVENTNAME_CREATE.equals(tarea.getEventName());
  }

  /** The call's fields as form variables (dates as ISO strings). */
  private static Map<String, Object> camposConvocatoria(Convocatoria c) {
    Map<String, Object> campos = new LinkedHashMap<>();
    campos.put("titulo", c.getTitulo());
    campos.put("texto", c.getTexto());
    campos.put("contacto", c.getContacto());
    campos.put("fechaAperturaRegistro", iso(c.getFechaAperturaRegistro()));
    campos.put("fechaCierreRegistro", iso(c.getFechaCierreRegistro()));
    campos.put("fechaInicioCocreacion", iso(c.getFechaInicioCocreacion()));
    campos.put("fechaFinCocreacion", iso(c.getFechaFinCocreacion()));
    campos.put("fechaLimiteAprobacion", iso(c.getFechaLimiteAprobacion()));
    campos.put("fechaInicioPlan", iso(c.getFechaInicioPlan()));
    campos.put("fechaFinPlan", iso(c.getFechaFinPlan()));
    return campos;
  }

  private static String iso(LocalDate fecha) {
    return fecha == null ? null : fecha.toString();
  }

  @Bean
  TaskListener prepararConvocatoriaListener(
      ConvocatoriaService convocatorias, EjeTematicoRepository ejes, Auditoria auditoria) {
    return tarea -> {
      Long id = ejercicioId(tarea);
      if (creando(tarea)) {
        Convocatoria c = convocatorias.deEjercicio(id);
        tarea.setVariablesLocal(camposConvocatoria(c));
        tarea.setVariableLocal("ejes", json(convocatorias.ejesOfrecidos(id)));
        tarea.setVariableLocal(
            "opcionesEjes",
            json(
                ejes.findByActivoTrueOrderByOrden().stream()
                    .map(e -> Map.of("label", e.getNombre(), "value", e.getClave()))
                    .toList()));
        tarea.setVariableLocal("observacionesPleno", c.getObservaciones());
        return;
      }
      convocatorias.guardar(
          id,
          new ConvocatoriaService.DatosConvocatoria(
              texto(tarea, "titulo"),
              texto(tarea, "texto"),
              texto(tarea, "contacto"),
              fecha(tarea, "fechaAperturaRegistro", "Apertura del registro"),
              fecha(tarea, "fechaCierreRegistro", "Cierre del registro"),
              fecha(tarea, "fechaInicioCocreacion", "Inicio de la co-creación"),
              fecha(tarea, "fechaFinCocreacion", "Fin de la co-creación"),
              fecha(tarea, "fechaLimiteAprobacion", "Límite de aprobación de compromisos"),
              fecha(tarea, "fechaInicioPlan", "Inicio del plan"),
              fecha(tarea, "fechaFinPlan", "Fin del plan"),
              lista(tarea, "ejes")),
          auditoria.actor(tarea));
    };
  }

  @Bean
  TaskListener aprobarConvocatoriaListener(ConvocatoriaService convocatorias, Auditoria auditoria) {
    return tarea -> {
      Long id = ejercicioId(tarea);
      if (creando(tarea)) {
        Convocatoria c = convocatorias.deEjercicio(id);
        tarea.setVariablesLocal(camposConvocatoria(c));
        tarea.setVariableLocal(
            "ejesOfrecidos",
            c.getEjercicio().getEjes().stream().map(EjeTematico::getNombre).collect(Collectors.joining("; ")));
        tarea.setVariableLocal("observaciones", null);
        // A returned call comes back here: the Pleno decides again from scratch
        tarea.getExecution().removeVariable(VAR_DECISION_CONVOCATORIA);
        return;
      }
      convocatorias.decidir(
          id, texto(tarea, VAR_DECISION_CONVOCATORIA), texto(tarea, "observaciones"), auditoria.actor(tarea));
    };
  }

  @Bean
  TaskListener instalarStlListener(StlService stl, Auditoria auditoria) {
    return tarea -> {
      if (creando(tarea)) {
        tarea.setVariableLocal("fechaInstalacion", null);
        tarea.setVariableLocal("reglasParticipacion", null);
        tarea.setVariableLocal("actaInstalacion", null);
        tarea.setVariableLocal("integrantes", json(List.of()));
        return;
      }
      List<StlService.Integrante> integrantes =
          filas(tarea, "integrantes").stream()
              .map(
                  f ->
                      new StlService.Integrante(
                          vacioANulo(f.get("nombre")),
                          sector(vacioANulo(f.get("sector"))),
                          vacioANulo(f.get("organizacion")),
                          vacioANulo(f.get("cargo"))))
              .toList();
      stl.instalar(
          ejercicioId(tarea),
          new StlService.DatosInstalacion(
              fecha(tarea, "fechaInstalacion", "Fecha de instalación"),
              texto(tarea, "reglasParticipacion"),
              texto(tarea, "actaInstalacion"),
              integrantes),
          auditoria.actor(tarea));
    };
  }

  private static String vacioANulo(Object valor) {
    String texto = Objects.toString(valor, "").trim();
    return texto.isEmpty() ? null : texto;
  }

  private static SectorStl sector(String valor) {
    if (valor == null) {
      return null;
    }
    try {
      return SectorStl.valueOf(valor);
    } catch (IllegalArgumentException e) {
      throw new ValidacionException("Sector desconocido: " + valor + ".");
    }
  }
}
