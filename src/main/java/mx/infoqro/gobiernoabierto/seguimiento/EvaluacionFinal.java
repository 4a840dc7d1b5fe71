package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.*;

import java.util.List;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.Evaluaciones;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.EvaluacionCapturada;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a commitment at the end of its plan period, with the OGP IRM scales (potential,
 * completion, whether it opened government), next to the criteria set at its approval.
 */
@Service
@Transactional
public class EvaluacionFinal {

  private final ConsultaCompromisos compromisos;
  private final ReporteAvanceRepository reportes;
  private final Evaluaciones evaluaciones;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final AvisosSeguidores avisos;

  EvaluacionFinal(
      ConsultaCompromisos compromisos,
      ReporteAvanceRepository reportes,
      Evaluaciones evaluaciones,
      Auditoria auditoria,
      Plazos plazos,
      AvisosSeguidores avisos) {
    this.avisos = avisos;
    this.compromisos = compromisos;
    this.reportes = reportes;
    this.evaluaciones = evaluaciones;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /**
   * Task_EvaluarCompromiso as it opens: the commitment, its approval criteria, a summary of its
   * milestones and reports (generated here and shown by the form: it may be long, and never goes to
   * the process), and any evaluation recorded already.
   */
  @Transactional(readOnly = true)
  public FormularioEvaluarCompromiso formulario(Long compromisoId) {
    Compromiso compromiso = compromisos.compromiso(compromisoId);
    Evaluacion evaluacion = compromisos.evaluacion(compromisoId).orElse(null);
    String criterios =
        Mensajes.texto(
            "seguimiento.evaluacion.criterios",
            siNo(evaluacion != null ? evaluacion.getVerificable() : null),
            siNo(evaluacion != null ? evaluacion.getRelevante() : null));
    List<ReporteAvance> lista = reportes.findByCompromisoIdOrderByPeriodo(compromisoId);
    String hitos =
        compromiso.getHitos().stream()
            .map(
                h ->
                    Mensajes.texto(
                        "seguimiento.evaluacion.hito", h.getDescripcion(), ReglasSeguimiento.etiqueta(h.getEstado()),
                        String.valueOf(h.getPorcentaje())))
            .collect(Collectors.joining("\n"));
    String periodos =
        lista.isEmpty()
            ? Mensajes.texto("seguimiento.evaluacion.sin-reportes")
            : lista.stream()
                .map(
                    r ->
                        Mensajes.texto(
                            "seguimiento.evaluacion.reporte", String.valueOf(r.getPeriodo()),
                            SeguimientoService.FECHA.format(r.getFechaCorte()), ReglasSeguimiento.etiqueta(r.getEstado())))
                .collect(Collectors.joining("\n"));
    return new FormularioEvaluarCompromiso(
        Mensajes.texto("seguimiento.compromiso", compromiso.getFolio(), compromiso.getTitulo()),
        compromiso.getSujetoResponsable().getNombre(),
        criterios,
        Mensajes.texto("seguimiento.evaluacion.resumen", hitos, periodos),
        evaluacion != null ? evaluacion.getPotencial() : null,
        evaluacion != null ? evaluacion.getCumplimiento() : null,
        evaluacion != null ? evaluacion.getAbrioGobierno() : null,
        evaluacion != null ? evaluacion.getComentario() : null,
        evaluacion != null ? evaluacion.getEvidencia() : null);
  }

  /**
   * Records the final evaluation with the IRM scales, keeping the verifiable/relevant criteria set
   * at approval, and marks the commitment EVALUADO. Logged.
   *
   * @throws mx.infoqro.gobiernoabierto.comun.ValidacionException when a scale or the comment is
   *     missing or invalid; nothing is changed then
   */
  public void evaluar(Long compromisoId, FormularioEvaluarCompromiso f, String usuario) {
    EvaluacionCapturada capturada =
        ReglasSeguimiento.evaluacion(f.potencial(), f.cumplimiento(), f.abrioGobierno(), f.comentario(), f.evidencia());
    Compromiso compromiso = compromisos.compromiso(compromisoId);
    if (compromiso.getEstado() != EstadoCompromiso.EN_IMPLEMENTACION) {
      throw new IllegalStateException(
          "Compromiso " + compromiso.getFolio() + " is " + compromiso.getEstado() + ", not EN_IMPLEMENTACION");
    }
    Evaluacion evaluacion = evaluaciones.deCompromiso(compromiso);
    evaluacion.setPotencial(capturada.potencial());
    evaluacion.setCumplimiento(capturada.cumplimiento());
    evaluacion.setAbrioGobierno(capturada.abrioGobierno());
    evaluacion.setComentario(capturada.comentario());
    evaluacion.setEvidencia(capturada.evidencia());
    evaluacion.setEvaluadoPor(usuario);
    evaluacion.setEvaluado(plazos.ahora().toInstant());
    compromiso.setEstado(EstadoCompromiso.EVALUADO);
    avisos.evaluado(compromiso, capturada.cumplimiento());
    auditoria.registrar(
        compromiso.getFolio(),
        ENTIDAD_EVALUACION,
        evaluacion.getId(),
        EstadoCompromiso.EVALUADO.name(),
        usuario,
        Mensajes.texto(
            "seguimiento.auditoria.evaluado",
            ReglasSeguimiento.etiqueta(capturada.potencial()),
            ReglasSeguimiento.etiqueta(capturada.cumplimiento()),
            ReglasSeguimiento.etiqueta(capturada.abrioGobierno()),
            capturada.comentario()));
  }

  private static String siNo(Boolean valor) {
    return Mensajes.texto(valor == null ? "seguimiento.sin-definir" : valor ? "seguimiento.si" : "seguimiento.no");
  }
}
