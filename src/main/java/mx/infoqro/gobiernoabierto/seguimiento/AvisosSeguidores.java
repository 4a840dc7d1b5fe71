package mx.infoqro.gobiernoabierto.seguimiento;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.compromiso.ReglasAvance;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.InformeFinalPublicado;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails to a commitment's followers, written to the outbox in the transaction of the decision
 * they announce: a verified report published (and the milestones it completed), the commitment's
 * evaluation, the edition's final report. Each carries the follower's one-click unfollow link; a
 * person who opposed communications gets nothing ({@link Notificador} withholds and logs it).
 */
@Service
public class AvisosSeguidores {

  static final String NOTIFICACION_REPORTE = "SEGUIMIENTO_REPORTE";
  static final String NOTIFICACION_HITOS = "SEGUIMIENTO_HITOS";
  static final String NOTIFICACION_EVALUACION = "SEGUIMIENTO_EVALUACION";
  static final String NOTIFICACION_INFORME_FINAL = "SEGUIMIENTO_INFORME_FINAL";
  static final String NOTIFICACION_CAMBIO = "SEGUIMIENTO_CAMBIO";

  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern(Mensajes.texto("portal.formato.fecha"), Mensajes.ES_MX);

  private final SeguidoresCompromiso seguidores;
  private final EnlacesSeguidor enlaces;
  private final ConsultaEjercicios ejercicios;
  private final Notificador notificador;

  AvisosSeguidores(
      SeguidoresCompromiso seguidores, EnlacesSeguidor enlaces, ConsultaEjercicios ejercicios, Notificador notificador) {
    this.seguidores = seguidores;
    this.enlaces = enlaces;
    this.ejercicios = ejercicios;
    this.notificador = notificador;
  }

  /**
   * A verified report is being published: its followers hear of it, and of each milestone it
   * completes (the milestones still hold their previous status when this is called).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void reportePublicado(ReporteAvance reporte) {
    Compromiso c = reporte.getCompromiso();
    List<SeguidorCompromiso> activos = seguidores.activos(c.getId());
    if (activos.isEmpty()) {
      return;
    }
    int avance = ReglasAvance.avance(reporte.getAvances().stream().map(AvanceHito::getPorcentaje).toList());
    String completados =
        reporte.getAvances().stream()
            .filter(a -> a.getEstado() == EstadoHito.COMPLETADO && a.getHito().getEstado() != EstadoHito.COMPLETADO)
            .map(a -> "• " + a.getHito().getDescripcion())
            .collect(Collectors.joining("\n"));
    for (SeguidorCompromiso s : activos) {
      enviar(s, NOTIFICACION_REPORTE, c, reporte.getPeriodo(), avance);
      if (!completados.isEmpty()) {
        enviar(s, NOTIFICACION_HITOS, c, completados);
      }
    }
  }

  /** The commitment was evaluated with the IRM scales. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void evaluado(Compromiso c, Cumplimiento cumplimiento) {
    String nivel = Mensajes.texto("rendicion.nivel." + cumplimiento.name());
    for (SeguidorCompromiso s : seguidores.activos(c.getId())) {
      enviar(s, NOTIFICACION_EVALUACION, c, nivel);
    }
  }

  /**
   * An approved change made the commitment's new version: its followers (the authors of the
   * proposals it incorporated among them, unless they unfollowed) hear of the version, the date,
   * the justification and what changed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int cambioAprobado(Compromiso c, int version, LocalDate fecha, String justificacion, String cambios) {
    List<SeguidorCompromiso> activos = seguidores.activos(c.getId());
    for (SeguidorCompromiso s : activos) {
      enviar(s, NOTIFICACION_CAMBIO, c, version, fecha.format(FECHA), justificacion, cambios);
    }
    return activos.size();
  }

  /** The edition's final report was published: the followers of each of its commitments hear of it. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void informeFinalPublicado(InformeFinalPublicado publicado) {
    String folioEdicion = ejercicios.ejercicio(publicado.ejercicioId()).getFolio();
    for (SeguidorCompromiso s : seguidores.activosDeEjercicio(publicado.ejercicioId())) {
      Compromiso c = s.getCompromiso();
      notificador.aCorreo(
          c.getFolio(), NOTIFICACION_INFORME_FINAL, s.getCorreo(), c.getFolio(), c.getTitulo(),
          enlaces.urlCompromiso(c.getFolio()), enlaces.urlBaja(s), folioEdicion, enlaces.urlInformeFinal(folioEdicion));
    }
  }

  /** Arguments of every follower mail: {0} folio, {1} title, {2} page, {3} unfollow link, then the kind's own. */
  private void enviar(SeguidorCompromiso s, String tipo, Compromiso c, Object... propios) {
    Object[] argumentos = new Object[4 + propios.length];
    argumentos[0] = c.getFolio();
    argumentos[1] = c.getTitulo();
    argumentos[2] = enlaces.urlCompromiso(c.getFolio());
    argumentos[3] = enlaces.urlBaja(s);
    System.arraycopy(propios, 0, argumentos, 4, propios.length);
    notificador.aCorreo(c.getFolio(), tipo, s.getCorreo(), argumentos);
  }
}
