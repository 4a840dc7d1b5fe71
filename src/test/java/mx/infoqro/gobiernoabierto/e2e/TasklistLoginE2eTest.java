package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import mx.infoqro.gobiernoabierto.PruebaServidor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The administrator logs in to Tasklist in Chromium and sees the staff filters. */
@Tag("e2e")
class TasklistLoginE2eTest extends PruebaServidor {

  @RegisterExtension final Navegador navegador = new Navegador();

  @Test
  void theAdminLogsInToTasklistAndSeesTheFilterOfHisGroups() {
    TasklistPagina tasklist = new TasklistPagina(navegador.driver(), url(""));

    tasklist.entrar(usuarioAdmin, contrasenaAdmin);

    assertThat(tasklist.filtros()).contains("Tareas de mis grupos", "Mis tareas", "Vencidas");
    tasklist.elegirFiltro("Tareas de mis grupos");
  }
}
