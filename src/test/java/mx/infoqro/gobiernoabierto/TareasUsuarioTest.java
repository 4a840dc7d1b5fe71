package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.TareasUsuario.TareaModelo;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.seguimiento.LongitudesFormularios;
import org.junit.jupiter.api.Test;

/**
 * The tables of user tasks ({@code TAREAS_USUARIO} of each {@code <Name>Bpmn}) against the models
 * in {@code processes/}, both ways, and the registries of the tests that need no Spring context
 * against the tables: what a newcomer runs first after adding a user task (a second or two). The
 * registries that need the application check themselves the same way: {@code
 * FormulariosAlLimite.llegadas()} ({@code FormulariosAlLimiteH2Test}) and the authorization
 * matrix ({@code infraestructura/AutorizacionesMatrizTest}).
 */
class TareasUsuarioTest {

  @Test
  void everyUserTaskOfTheModelsHasItsRowInItsProcessTable() {
    Map<String, TareaUsuario> filas = TareasUsuario.porId();
    List<String> problemas = new ArrayList<>();
    for (TareaModelo t : TareasUsuario.delModelo()) {
      TareaUsuario fila = filas.get(t.proceso() + "/" + t.id());
      String donde = t.id() + " (process " + t.proceso() + ", " + t.archivo() + ")";
      if (fila == null) {
        problemas.add(donde + ": add its row to " + tablaDe(t.proceso()));
        continue;
      }
      if (!fila.formulario().equals(t.formulario())) {
        problemas.add(donde + ": camunda:formRef is '" + t.formulario() + "', its row in " + tablaDe(t.proceso())
            + " says '" + fila.formulario() + "'");
      }
      boolean expresion = t.grupos() != null && t.grupos().contains("${");
      if (!expresion && !fila.grupo().equals(t.grupos())) {
        problemas.add(donde + ": camunda:candidateGroups is '" + t.grupos() + "', its row in " + tablaDe(t.proceso())
            + " says '" + fila.grupo() + "'");
      }
      boolean deSujeto = t.grupos() != null && (t.grupos().contains("grupoResponsable") || t.grupos().contains("grupoSolicitante"));
      if (expresion && deSujeto != Autorizaciones.SUJETOS.equals(fila.grupo())) {
        problemas.add(donde + ": the responsible agency's group ${grupoResponsable} (or a change's requester, ${grupoSolicitante},"
            + " an agency's liaisons in the tables) is Autorizaciones.SUJETOS in " + tablaDe(t.proceso()) + ", and only it");
      }
    }
    TareasUsuario.fallarSi(problemas);
  }

  @Test
  void everyRowOfTheTablesIsAUserTaskOfItsModel() {
    Set<String> delModelo = new HashSet<>();
    TareasUsuario.delModelo().forEach(t -> delModelo.add(t.proceso() + "/" + t.id()));
    List<String> problemas = new ArrayList<>();
    Set<String> vistas = new HashSet<>();
    for (Class<?> clase : TareasUsuario.clasesBpmn()) {
      for (TareaUsuario fila : TareasUsuario.tabla(clase)) {
        String donde = clase.getSimpleName() + "." + TareasUsuario.CAMPO + " (" + TareasUsuario.fuente(clase) + ")";
        if (!fila.proceso().equals(TareasUsuario.clave(clase))) {
          problemas.add(donde + ": the row of " + fila.id() + " names the process " + fila.proceso() + ", not its KEY");
        }
        if (!delModelo.contains(fila.proceso() + "/" + fila.id())) {
          problemas.add(donde + ": " + fila.id() + " is no user task of processes/" + fila.proceso() + ".bpmn: remove its row");
        }
        if (!vistas.add(fila.proceso() + "/" + fila.id())) {
          problemas.add(donde + ": " + fila.id() + " has two rows");
        }
      }
    }
    TareasUsuario.fallarSi(problemas);
    assertThat(vistas).as("rows of the tables").isNotEmpty();
  }

  @Test
  void everyUserTaskHasItsAnswerForTheWalkThroughTheLifecycle() {
    TareasUsuario.cadaFormularioEn("Recorrido.RESPUESTAS (src/test/java/mx/infoqro/gobiernoabierto/Recorrido.java)",
        Recorrido.RESPUESTAS.keySet());
  }

  @Test
  void everyUserTaskHasTheColumnsOfItsTextFields() {
    TareasUsuario.cadaFormularioEn(
        "LongitudesFormularios (src/test/java/mx/infoqro/gobiernoabierto/seguimiento/LongitudesFormularios.java)",
        LongitudesFormularios.formularios());
  }

  /** The constants class a process' table lives in, as the messages name it. */
  private static String tablaDe(String proceso) {
    for (Class<?> clase : TareasUsuario.clasesBpmn()) {
      if (proceso.equals(TareasUsuario.clave(clase))) {
        return clase.getSimpleName() + "." + TareasUsuario.CAMPO + " (" + TareasUsuario.fuente(clase) + ")";
      }
    }
    return "the " + TareasUsuario.CAMPO + " table of a new constants class <Name>Bpmn in its feature with KEY = \""
        + proceso + "\"";
  }
}
