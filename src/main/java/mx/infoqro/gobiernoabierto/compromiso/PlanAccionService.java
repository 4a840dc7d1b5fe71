package mx.infoqro.gobiernoabierto.compromiso;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The local action plan: the approved commitments, the Pleno's signature, the publication. */
@Service
public class PlanAccionService {

  /** Entity and decisions of the plan in the decision log. */
  public static final String ENTIDAD = "PlanAccion";
  public static final String FIRMADO = "FIRMADO";
  public static final String PUBLICADO = "PUBLICADO";

  private final CompromisoRepository compromisos;
  private final PlanAccionRepository planes;
  private final ConsultaEjercicios ejercicios;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final ApplicationEventPublisher eventos;

  PlanAccionService(
      CompromisoRepository compromisos,
      PlanAccionRepository planes,
      ConsultaEjercicios ejercicios,
      Auditoria auditoria,
      Plazos plazos,
      ApplicationEventPublisher eventos) {
    this.eventos = eventos;
    this.compromisos = compromisos;
    this.planes = planes;
    this.ejercicios = ejercicios;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /** Ids of the edition's draft commitments, the input of the approval phase. */
  @Transactional(readOnly = true)
  public List<Long> borradores(Long ejercicioId) {
    return ids(compromisos.findByEjercicioIdAndEstadoOrderByNumero(ejercicioId, EstadoCompromiso.BORRADOR));
  }

  /** Builds the plan from the approved commitments and returns their ids. */
  @Transactional
  public List<Long> integrar(Long ejercicioId) {
    Ejercicio ejercicio = ejercicios.ejercicio(ejercicioId);
    List<Compromiso> aprobados = compromisos.findByEjercicioIdAndEstadoOrderByNumero(ejercicioId, EstadoCompromiso.APROBADO);
    PlanAccion plan = planes.findByEjercicioId(ejercicioId).orElseGet(PlanAccion::new);
    plan.setEjercicio(ejercicio);
    plan.setNumeroCompromisos(aprobados.size());
    plan.setGenerado(ahora());
    planes.save(plan);
    return ids(aprobados);
  }

  /** The plan of an edition. */
  @Transactional(readOnly = true)
  public PlanAccion deEjercicio(Long ejercicioId) {
    return planes.findByEjercicioId(ejercicioId).orElseThrow();
  }

  /** The approved commitments of an edition, in folio order. */
  @Transactional(readOnly = true)
  public List<Compromiso> aprobados(Long ejercicioId) {
    return compromisos.findByEjercicioIdAndEstadoOrderByNumero(ejercicioId, EstadoCompromiso.APROBADO);
  }

  /** Task_FirmarPlanAccion as it opens: the approved commitments, not signed yet. */
  @Transactional(readOnly = true)
  public FormularioFirmarPlanAccion formularioFirma(Long ejercicioId) {
    List<Compromiso> lista = aprobados(ejercicioId);
    String resumen =
        lista.isEmpty()
            ? Mensajes.texto("compromiso.plan.sin-compromisos")
            : lista.stream()
                .map(c -> Mensajes.texto("compromiso.plan.linea", c.getFolio(), c.getTitulo(), c.getSujetoResponsable().getNombre()))
                .collect(Collectors.joining("\n"));
    return new FormularioFirmarPlanAccion(resumen, false, null);
  }

  /** The Pleno signs the plan off; it must say so explicitly. */
  @Transactional
  public void firmar(Long ejercicioId, Boolean firmado, String observaciones, String usuario) {
    if (!Boolean.TRUE.equals(firmado)) {
      throw ValidacionException.de("compromiso.plan.sin-firma");
    }
    PlanAccion plan = deEjercicio(ejercicioId);
    plan.setFirmadoPor(usuario);
    plan.setFirmado(ahora());
    auditoria.registrar(plan.getEjercicio().getFolio(), ENTIDAD, plan.getId(), FIRMADO, usuario, observaciones);
  }

  /** Publishes the signed plan. */
  @Transactional
  public void publicar(Long ejercicioId) {
    PlanAccion plan = deEjercicio(ejercicioId);
    plan.setPublicado(ahora());
    auditoria.registrar(
        plan.getEjercicio().getFolio(), ENTIDAD, plan.getId(), PUBLICADO, Auditoria.SISTEMA,
        Mensajes.texto("compromiso.plan.auditoria.publicado", String.valueOf(plan.getNumeroCompromisos())));
    eventos.publishEvent(new PlanAccionPublicado(plan.getId(), ejercicioId));
  }

  private static List<Long> ids(List<Compromiso> lista) {
    return lista.stream().map(Compromiso::getId).toList();
  }

  private Instant ahora() {
    return plazos.ahora().toInstant();
  }
}
