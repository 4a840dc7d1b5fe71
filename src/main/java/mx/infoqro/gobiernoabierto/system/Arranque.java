package mx.infoqro.gobiernoabierto.system;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At every start: the staff groups and the Tasklist filters exist (idempotent). */
@Component
@Order(0)
class Arranque implements ApplicationRunner {

  private final Identidad identidad;
  private final FiltrosTasklist filtros;

  Arranque(Identidad identidad, FiltrosTasklist filtros) {
    this.identidad = identidad;
    this.filtros = filtros;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String[] rol : Grupos.ROLES) {
      identidad.asegurarGrupo(rol[0], rol[1], "WORKFLOW");
    }
    filtros.asegurarFiltrosComunes();
  }
}
