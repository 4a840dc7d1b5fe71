package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaService;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of an edition's registration window, as the edition's process drives it: the reminder to
 * the invited agencies that have not registered, and the close that freezes every registration.
 */
@Service
public class CierreRegistro {

  private final RegistroRepository registros;
  private final ConvocatoriaService convocatorias;
  private final SujetoObligadoService sujetos;
  private final Notificador notificador;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final EstadisticasRegistro estadisticas;

  CierreRegistro(
      RegistroRepository registros,
      ConvocatoriaService convocatorias,
      SujetoObligadoService sujetos,
      Notificador notificador,
      Auditoria auditoria,
      Plazos plazos,
      EstadisticasRegistro estadisticas) {
    this.estadisticas = estadisticas;
    this.registros = registros;
    this.convocatorias = convocatorias;
    this.sujetos = sujetos;
    this.notificador = notificador;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /** Queues the reminder to the invited agencies that have not registered yet. */
  @Transactional
  public void recordar(Long ejercicioId) {
    Convocatoria c = convocatorias.deEjercicio(ejercicioId);
    Set<Long> registrados = sujetosConRegistro(ejercicioId);
    for (SujetoObligado sujeto : sujetos.activos()) {
      if (!registrados.contains(sujeto.getId())) {
        notificador.aGrupo(
            c.getEjercicio().getFolio(), "RECORDATORIO_REGISTRO", sujeto.grupo(), c.getTitulo(), c.getFechaCierreRegistro());
      }
    }
  }

  /**
   * Closes the registration window: every registration is frozen (nothing changes afterwards) and
   * the counts are recorded. Returns the registrations that count for the tables.
   */
  @Transactional
  public List<Registro> cerrar(Long ejercicioId) {
    var ahora = plazos.instante();
    List<Registro> todos = registros.findByEjercicioId(ejercicioId);
    todos.forEach(r -> r.setCongelado(ahora));
    List<Registro> validos = todos.stream().filter(Registro::cuenta).toList();
    auditoria.registrar(
        convocatorias.deEjercicio(ejercicioId).getEjercicio().getFolio(),
        "Ejercicio",
        ejercicioId,
        "REGISTRO_CERRADO",
        Auditoria.SISTEMA,
        Mensajes.texto("registro.auditoria.cierre", String.valueOf(validos.size()), String.valueOf(todos.size())));
    estadisticas.tomar(ejercicioId, validos);
    return validos;
  }

  /** Ids of the agencies with at least one registration (in any state) in the edition. */
  private Set<Long> sujetosConRegistro(Long ejercicioId) {
    return registros.findByEjercicioId(ejercicioId).stream()
        .map(r -> r.getParticipante().getSujetoObligado())
        .filter(Objects::nonNull)
        .map(SujetoObligado::getId)
        .collect(Collectors.toSet());
  }
}
