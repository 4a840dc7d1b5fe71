package mx.infoqro.gobiernoabierto.mesa;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import org.springframework.transaction.support.TransactionTemplate;

/** The forum's installation the sessions' tests start from. */
public final class SesionesStlPrueba {

  private SesionesStlPrueba() {}

  /** Installs the edition's forum: 1 member of the commission, 2 of government, 2 of civil society. */
  public static Ejercicio conStl(Ejercicio ejercicio, StlService stl, TransactionTemplate tx) {
    tx.executeWithoutResult(s -> stl.instalar(ejercicio.getId(), new FormularioInstalarStl(
        LocalDate.now(), List.of(
            new Integrante("Comisionada", SectorStl.COMISION, "Comisión", null),
            new Integrante("Enlace A", SectorStl.GOBIERNO, "Secretaría A", null),
            new Integrante("Enlace B", SectorStl.GOBIERNO, "Secretaría B", null),
            new Integrante("Red A", SectorStl.SOCIEDAD_CIVIL, "Red Ciudadana", null),
            new Integrante("Red B", SectorStl.SOCIEDAD_CIVIL, "Colectivo B", null)),
        "Consenso y, en su defecto, mayoría.", "Declaración conjunta."), "comision"));
    return ejercicio;
  }
}
