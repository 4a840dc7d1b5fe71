package mx.infoqro.gobiernoabierto.rendicion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.rendicion.AvisosCadencia.Decision;
import mx.infoqro.gobiernoabierto.rendicion.AvisosCadencia.Nivel;
import mx.infoqro.gobiernoabierto.rendicion.FechasEstandares.Fechas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadence watch of the OGP standards ({@code processes/vigilancia-estandares.bpmn}): each
 * standard watched is judged on the page's dates ({@link FechasEstandares}) with the page's rules
 * read as warnings ({@link AvisosCadencia}); a warning queues a mail to {@code comision} (and,
 * once not met, to {@code pleno}) and opens the commission's task, whose acknowledgement goes to
 * the {@link Auditoria}.
 */
@Service
public class VigilanciaEstandares {

  /** The standards watched, one subprocess instance each. */
  static final List<String> VIGILADOS = List.of("foro", "repositorio", "implementacion");

  private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ConsultaEjercicios ejercicios;
  private final FechasEstandares fechas;
  private final Notificador notificador;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final PropiedadesEstandares umbrales;
  private final AvisosCadencia avisos;

  VigilanciaEstandares(
      ConsultaEjercicios ejercicios,
      FechasEstandares fechas,
      Notificador notificador,
      Auditoria auditoria,
      Plazos plazos,
      PropiedadesEstandares umbrales) {
    this.ejercicios = ejercicios;
    this.fechas = fechas;
    this.notificador = notificador;
    this.auditoria = auditoria;
    this.plazos = plazos;
    this.umbrales = umbrales;
    this.avisos = new AvisosCadencia(umbrales);
  }

  /** The multi-instance's collection: the standards watched. */
  public List<String> vigilados() {
    return VIGILADOS;
  }

  /** What Task_EvaluarEstandar decided: the warning's decision and when to look again. */
  public record Revision(Decision decision, Date proximaRevision) {}

  /**
   * Judges one standard of the edition today and, when {@link AvisosCadencia#decidir} says so,
   * queues its mail. The next review is the day the state would change, or {@code diasRevision}
   * days ahead when no rule date is due.
   */
  @Transactional
  public Revision revisar(Long ejercicioId, String estandar, Nivel reconocido, Nivel avisado) {
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    Fechas f = fechas.de(e);
    LocalDate hoy = plazos.hoy();
    Nivel nivel;
    LocalDate proxima;
    switch (estandar) {
      case "foro" -> {
        nivel = avisos.cadencia(f.ultimaReunion(), hoy);
        proxima = avisos.proximaRevision(f.ultimaReunion(), hoy);
      }
      case "repositorio" -> {
        nivel = avisos.cadencia(f.ultimaPublicacion(), hoy);
        proxima = avisos.proximaRevision(f.ultimaPublicacion(), hoy);
      }
      case "implementacion" -> {
        nivel = avisos.reunionesImplementacion(f.inicioPlan(), f.finPlan(), f.reunionesImplementacion(), hoy);
        proxima = avisos.proximaRevisionImplementacion(f.inicioPlan(), f.finPlan(), hoy);
      }
      default -> throw new IllegalArgumentException("Not a watched standard: " + estandar);
    }
    if (proxima == null || !proxima.isAfter(hoy)) {
      proxima = hoy.plusDays(umbrales.diasRevision());
    }
    Decision d = AvisosCadencia.decidir(nivel, reconocido, avisado);
    if (d.correo()) {
      String texto = aviso(e, estandar, nivel, f);
      notificador.aGrupo(e.getFolio(), VigilanciaEstandaresBpmn.NOTIFICACION_AVISO, Grupos.COMISION,
          e.getFolio(), titulo(estandar), texto);
      if (nivel == Nivel.PLENO) {
        notificador.aGrupo(e.getFolio(), VigilanciaEstandaresBpmn.NOTIFICACION_ESCALAMIENTO, Grupos.PLENO,
            e.getFolio(), titulo(estandar), texto);
      }
    }
    return new Revision(d, plazos.inicioDelDia(proxima));
  }

  /** Task_AtenderAvisoEstandar as it opens: the edition and the warning as of today. */
  @Transactional(readOnly = true)
  public FormularioAtenderAvisoEstandar formulario(Long ejercicioId, String estandar, Nivel nivel) {
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    return new FormularioAtenderAvisoEstandar(e.getFolio(), aviso(e, estandar, nivel, fechas.de(e)), null, null);
  }

  /**
   * The commission acknowledges the warning (with its optional note, kept in the decision log).
   *
   * @throws ValidacionException when it did not mark the acknowledgement
   */
  @Transactional
  public void atender(Long ejercicioId, String estandar, Nivel nivel, FormularioAtenderAvisoEstandar f, String usuario) {
    if (!Boolean.TRUE.equals(f.avisoEnterado())) {
      throw ValidacionException.de("estandares.aviso.sin-enterado");
    }
    Ejercicio e = ejercicios.ejercicio(ejercicioId);
    String nota = f.nota() == null || f.nota().isBlank() ? null : f.nota().trim();
    auditoria.registrar(e.getFolio(), VigilanciaEstandaresBpmn.ENTIDAD_ESTANDAR, ejercicioId,
        VigilanciaEstandaresBpmn.DECISION_AVISO_ATENDIDO, usuario,
        Mensajes.texto("estandares.aviso.auditoria", titulo(estandar), Mensajes.texto("estandares.aviso.nivel." + nivel.name()))
            + (nota == null ? "" : "\n" + nota));
  }

  private String aviso(Ejercicio e, String estandar, Nivel nivel, Fechas f) {
    String clave = "estandares.aviso." + estandar + "." + (nivel == Nivel.PLENO ? "pleno" : "comision");
    return switch (estandar) {
      case "foro" -> Mensajes.texto(clave, e.getFolio(), dia(f.ultimaReunion()), String.valueOf(umbrales.mesesAviso()),
          String.valueOf(umbrales.mesesLimite()));
      case "repositorio" -> Mensajes.texto(clave, e.getFolio(), dia(f.ultimaPublicacion()), String.valueOf(umbrales.mesesAviso()),
          String.valueOf(umbrales.mesesLimite()));
      default -> Mensajes.texto(clave, e.getFolio(), String.valueOf(f.reunionesImplementacion().size()),
          String.valueOf(umbrales.reunionesImplementacionAnuales()));
    };
  }

  private static String titulo(String estandar) {
    return Mensajes.texto("estandares." + estandar + ".titulo");
  }

  private static String dia(LocalDate fecha) {
    return fecha == null ? "—" : fecha.format(DIA);
  }
}
