package mx.infoqro.gobiernoabierto.infraestructura;

import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.FiltrosTasklist;
import mx.infoqro.gobiernoabierto.comun.FolioTareas;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Identidad;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start: the staff groups, the Tasklist filters and the groups' authorizations exist, and
 * every open task carries its folio (idempotent).
 */
@Component
@Order(0)
class Arranque implements ApplicationRunner {

  private final Identidad identidad;
  private final FiltrosTasklist filtros;
  private final Autorizaciones autorizaciones;
  private final FolioTareas folios;

  Arranque(Identidad identidad, FiltrosTasklist filtros, Autorizaciones autorizaciones, FolioTareas folios) {
    this.identidad = identidad;
    this.filtros = filtros;
    this.autorizaciones = autorizaciones;
    this.folios = folios;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String[] rol : Grupos.ROLES) {
      identidad.asegurarGrupo(rol[0], rol[1], "WORKFLOW");
    }
    autorizaciones.concederPersonal(filtros.asegurarFiltrosComunes());
    // the agencies registered by an earlier release get the grants a later one added (a new process they start)
    for (String[] grupo : identidad.grupos("SUJETO_OBLIGADO")) {
      autorizaciones.concederSujeto(grupo[0], filtros.asegurarFiltroGrupo(grupo[0], grupo[1], 100));
    }
    autorizaciones.completarTareasAnteriores();
    folios.completarTareasAnteriores();
  }
}
