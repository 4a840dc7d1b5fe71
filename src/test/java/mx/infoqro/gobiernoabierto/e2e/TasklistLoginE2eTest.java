package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The administrator logs in to Tasklist in Chromium and sees the staff filters. */
class TasklistLoginE2eTest extends PruebaNavegador {

  @Test
  void theAdminLogsInToTasklistAndSeesTheFilterOfHisGroups() {
    TasklistPagina tasklist = new TasklistPagina(navegador.driver(), url(""));

    tasklist.entrar(usuarioAdmin, contrasenaAdmin);

    assertThat(tasklist.filtros()).contains("Tareas de mis grupos", "Mis tareas", "Vencidas");
    tasklist.elegirFiltro("Tareas de mis grupos");
  }
}
