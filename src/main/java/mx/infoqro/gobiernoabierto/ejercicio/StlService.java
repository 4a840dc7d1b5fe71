package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariado Técnico Local: a tripartite forum (commission, government, civil society) whose
 * members, participation rules and installation act are public.
 */
@Service
public class StlService {

  private final EjercicioRepository ejercicios;
  private final InstalacionStlRepository instalaciones;
  private final IntegranteStlRepository integrantes;
  private final Auditoria auditoria;

  StlService(
      EjercicioRepository ejercicios,
      InstalacionStlRepository instalaciones,
      IntegranteStlRepository integrantes,
      Auditoria auditoria) {
    this.ejercicios = ejercicios;
    this.instalaciones = instalaciones;
    this.integrantes = integrantes;
    this.auditoria = auditoria;
  }

  /** Records the installation of the forum and publishes its act. All or nothing. */
  @Transactional
  public InstalacionStl instalar(Long ejercicioId, DatosInstalacion datos, String usuario) {
    List<String> errores = validar(datos);
    if (!errores.isEmpty()) {
      throw new ValidacionException(String.join(" ", errores));
    }
    Ejercicio ejercicio = ejercicios.findById(ejercicioId).orElseThrow();
    InstalacionStl instalacion = instalaciones.findByEjercicioId(ejercicioId).orElseGet(InstalacionStl::new);
    instalacion.setEjercicio(ejercicio);
    instalacion.setFechaInstalacion(datos.fechaInstalacion());
    instalacion.setReglasParticipacion(datos.reglasParticipacion());
    instalacion.setActaInstalacion(datos.actaInstalacion());
    instalacion.setPublicada(ClockUtil.getCurrentTime().toInstant());
    instalacion = instalaciones.save(instalacion);
    for (Integrante i : datos.integrantes()) {
      IntegranteStl integrante = new IntegranteStl();
      integrante.setEjercicio(ejercicio);
      integrante.setNombre(i.nombre());
      integrante.setSector(i.sector());
      integrante.setOrganizacion(i.organizacion());
      integrante.setCargo(i.cargo());
      integrantes.save(integrante);
    }
    auditoria.registrar(
        ejercicio.getFolio(), "InstalacionStl", instalacion.getId(), "INSTALADO", usuario,
        datos.integrantes().size() + " integrantes");
    return instalacion;
  }

  /** A tripartite forum: each party present, government and civil society in equal numbers. */
  static List<String> validar(DatosInstalacion d) {
    List<String> errores = new ArrayList<>();
    if (d.fechaInstalacion() == null) errores.add("Indique la fecha de instalación.");
    if (d.reglasParticipacion() == null) errores.add("Escriba las reglas de participación.");
    if (d.actaInstalacion() == null) errores.add("Escriba el acta de instalación.");
    for (Integrante i : d.integrantes()) {
      if (i.nombre() == null || i.sector() == null) {
        errores.add("Cada integrante necesita nombre y sector.");
        break;
      }
    }
    Map<SectorStl, Long> porSector =
        d.integrantes().stream()
            .filter(i -> i.sector() != null)
            .collect(Collectors.groupingBy(Integrante::sector, Collectors.counting()));
    Function<SectorStl, Long> cuenta = s -> porSector.getOrDefault(s, 0L);
    if (cuenta.apply(SectorStl.COMISION) == 0
        || cuenta.apply(SectorStl.GOBIERNO) == 0
        || cuenta.apply(SectorStl.SOCIEDAD_CIVIL) == 0) {
      errores.add("El Secretariado es tripartito: registre integrantes de la Comisión, del gobierno y de la sociedad civil.");
    } else if (!cuenta.apply(SectorStl.GOBIERNO).equals(cuenta.apply(SectorStl.SOCIEDAD_CIVIL))) {
      errores.add(
          "Gobierno y sociedad civil deben tener el mismo número de integrantes (gobierno: "
              + cuenta.apply(SectorStl.GOBIERNO)
              + ", sociedad civil: "
              + cuenta.apply(SectorStl.SOCIEDAD_CIVIL)
              + ").");
    }
    return errores;
  }

  public record Integrante(String nombre, SectorStl sector, String organizacion, String cargo) {}

  public record DatosInstalacion(
      LocalDate fechaInstalacion, String reglasParticipacion, String actaInstalacion, List<Integrante> integrantes) {}
}
