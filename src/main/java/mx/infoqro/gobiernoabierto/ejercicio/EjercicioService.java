package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.Instant;
import java.time.LocalDate;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editions of the exercise: starting one, its phase, its closing. */
@Service
public class EjercicioService {

  private final EjercicioRepository ejercicios;
  private final ConvocatoriaRepository convocatorias;
  private final EjeTematicoRepository ejes;
  private final EjercicioProcesos procesos;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final ApplicationEventPublisher eventos;

  EjercicioService(
      EjercicioRepository ejercicios,
      ConvocatoriaRepository convocatorias,
      EjeTematicoRepository ejes,
      EjercicioProcesos procesos,
      Auditoria auditoria,
      Plazos plazos,
      ApplicationEventPublisher eventos) {
    this.eventos = eventos;
    this.ejercicios = ejercicios;
    this.convocatorias = convocatorias;
    this.ejes = ejes;
    this.procesos = procesos;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /**
   * Opens the edition of a year: the edition offers every active axis, its call starts as a draft
   * with a proposed timeline (editable by comision), and its process starts at the call's
   * preparation. One edition per year.
   */
  @Transactional
  public Ejercicio iniciar(int anio, String usuario) {
    if (ejercicios.findByAnio(anio).isPresent()) {
      throw ValidacionException.de("ejercicio.error.existe", Ejercicio.folioDe(anio));
    }
    Ejercicio ejercicio = new Ejercicio(anio);
    ejercicio.getEjes().addAll(ejes.findByActivoTrueOrderByOrden());
    ejercicio.setCreado(plazos.instante());
    ejercicio = ejercicios.save(ejercicio);
    convocatorias.save(borradorPropuesto(ejercicio, plazos.hoy()));
    auditoria.registrar(ejercicio.getFolio(), "Ejercicio", ejercicio.getId(), "INICIADO", usuario, null);
    ejercicio.setProcessInstanceId(procesos.iniciar(ejercicio));
    return ejercicio;
  }

  /** A draft call with the usual timeline counted from today, for comision to adjust. */
  static Convocatoria borradorPropuesto(Ejercicio ejercicio, LocalDate hoy) {
    Convocatoria c = new Convocatoria(ejercicio);
    String anio = String.valueOf(ejercicio.getAnio());
    c.setTitulo(Mensajes.texto("convocatoria.titulo-propuesto", anio));
    c.setTexto(Mensajes.texto("convocatoria.texto-propuesto", anio));
    c.setContacto("gobiernoabierto@comision.example.mx");
    c.setFechaAperturaRegistro(hoy.plusDays(7));
    c.setFechaCierreRegistro(hoy.plusDays(37));
    c.setFechaInicioCocreacion(hoy.plusDays(51));
    c.setFechaFinCocreacion(hoy.plusDays(141));
    c.setFechaLimiteAprobacion(hoy.plusDays(171));
    c.setFechaInicioPlan(hoy.plusDays(201));
    c.setFechaFinPlan(hoy.plusDays(201).plusYears(1));
    return c;
  }

  /** Moves the edition to a phase (phases only move forward). */
  @Transactional
  public void cambiarFase(Long ejercicioId, FaseEjercicio fase) {
    Ejercicio ejercicio = porId(ejercicioId);
    if (fase.compareTo(ejercicio.getFase()) > 0) {
      ejercicio.setFase(fase);
    }
  }

  @Transactional(readOnly = true)
  public Ejercicio porId(Long ejercicioId) {
    return ejercicios
        .findById(ejercicioId)
        .orElseThrow(() -> new IllegalArgumentException("No edition " + ejercicioId));
  }

  /** Closes the edition: final report published, edition archived. */
  @Transactional
  public void cerrar(Long ejercicioId) {
    Ejercicio ejercicio = porId(ejercicioId);
    Instant ahora = plazos.instante();
    ejercicio.setInformeFinalPublicado(ahora);
    ejercicio.setCerrado(ahora);
    ejercicio.setFase(FaseEjercicio.CERRADO);
    ejercicio.setEstado(Ejercicio.EstadoEjercicio.CERRADO);
    auditoria.registrar(ejercicio.getFolio(), "Ejercicio", ejercicioId, "CERRADO", Auditoria.SISTEMA, null);
    eventos.publishEvent(new InformeFinalPublicado(ejercicioId));
  }
}
