package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
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
  private final Plazos plazos;

  StlService(
      EjercicioRepository ejercicios,
      InstalacionStlRepository instalaciones,
      IntegranteStlRepository integrantes,
      Auditoria auditoria,
      Plazos plazos) {
    this.ejercicios = ejercicios;
    this.instalaciones = instalaciones;
    this.integrantes = integrantes;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /** Records the installation of the forum and publishes its act ({@link ReglasStl}). All or nothing. */
  @Transactional
  public InstalacionStl instalar(Long ejercicioId, FormularioInstalarStl datos, String usuario) {
    List<String> errores = ReglasStl.validar(datos);
    if (!errores.isEmpty()) {
      throw new ValidacionException(String.join(" ", errores));
    }
    Ejercicio ejercicio = ejercicios.findById(ejercicioId).orElseThrow();
    InstalacionStl instalacion = instalaciones.findByEjercicioId(ejercicioId).orElseGet(InstalacionStl::new);
    instalacion.setEjercicio(ejercicio);
    instalacion.setFechaInstalacion(datos.fechaInstalacion());
    instalacion.setReglasParticipacion(datos.reglasParticipacion());
    instalacion.setActaInstalacion(datos.actaInstalacion());
    instalacion.setPublicada(plazos.instante());
    instalacion = instalaciones.save(instalacion);
    for (FormularioInstalarStl.Integrante i : datos.integrantes()) {
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
        Mensajes.texto("stl.auditoria.integrantes", String.valueOf(datos.integrantes().size())));
    return instalacion;
  }

  /** Whether the edition's forum is installed (only then does it hold sessions). */
  @Transactional(readOnly = true)
  public boolean instalado(Long ejercicioId) {
    return instalaciones.findByEjercicioId(ejercicioId).isPresent();
  }

  /** How many members the installed forum has of each party (every party present, zero if none). */
  @Transactional(readOnly = true)
  public Map<SectorStl, Long> integrantesPorSector(Long ejercicioId) {
    Map<SectorStl, Long> cuenta = new EnumMap<>(SectorStl.class);
    for (SectorStl s : SectorStl.values()) {
      cuenta.put(s, 0L);
    }
    integrantes.findByEjercicioIdOrderById(ejercicioId).forEach(i -> cuenta.merge(i.getSector(), 1L, Long::sum));
    return cuenta;
  }

  /** The quorum of a forum's session: the tripartite rule of its installation over those present. */
  public static boolean quorum(long comision, long gobierno, long sociedadCivil) {
    return ReglasStl.tripartito(comision, gobierno, sociedadCivil);
  }

  /** The installation of the edition's forum (its date, rules and act are public), if installed. */
  @Transactional(readOnly = true)
  public java.util.Optional<InstalacionStl> instalacion(Long ejercicioId) {
    return instalaciones.findByEjercicioId(ejercicioId);
  }
}
