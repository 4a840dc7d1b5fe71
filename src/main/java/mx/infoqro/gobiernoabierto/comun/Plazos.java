package mx.infoqro.gobiernoabierto.comun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the exercise as the engine needs them (due dates and timer dates), counted in
 * business days in the commission's time zone. Uses the engine's clock so that process tests that
 * move the clock see consistent deadlines. Referenced from the BPMN models as {@code ${plazos...}}.
 */
@Component("plazos")
public class Plazos {

  private final GobiernoAbiertoProperties propiedades;
  private final DiasHabiles diasHabiles;

  public Plazos(GobiernoAbiertoProperties propiedades) {
    this.propiedades = propiedades;
    this.diasHabiles = new DiasHabiles(propiedades.diasInhabiles());
  }

  /** The calendar in force (weekends, official holidays and the commission's own days). */
  public DiasHabiles calendario() {
    return diasHabiles;
  }

  /** Today in the commission's time zone, by the engine's clock. */
  public LocalDate hoy() {
    return ahora().toLocalDate();
  }

  /** The day an instant falls on in the commission's time zone; {@code null} for {@code null}. */
  public LocalDate dia(Instant instante) {
    return instante == null ? null : instante.atZone(propiedades.zonaHoraria()).toLocalDate();
  }

  /** Now, by the engine's clock: the instant stored in entities ("created", "published"...). */
  public Instant instante() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Now in the commission's time zone, by the engine's clock. */
  public ZonedDateTime ahora() {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), propiedades.zonaHoraria());
  }

  /** The end (23:59:59 local) of the day {@code dias} business days from today. */
  public Date enDiasHabiles(int dias) {
    return finDelDia(diasHabiles.sumar(hoy(), dias));
  }

  /** The end (23:59:59 local) of a calendar date. */
  public Date finDelDia(LocalDate fecha) {
    return Date.from(fecha.atTime(LocalTime.of(23, 59, 59)).atZone(propiedades.zonaHoraria()).toInstant());
  }

  /** The start (00:00 local) of a calendar date. */
  public Date inicioDelDia(LocalDate fecha) {
    return Date.from(fecha.atStartOfDay(propiedades.zonaHoraria()).toInstant());
  }

  /** Due date of the reasoned responses of a table. */
  public Date respuestaPropuestas() {
    return enDiasHabiles(propiedades.diasHabilesRespuestaPropuestas());
  }

  /** The last day to answer a proposal received on {@code recibida} (the public standard's measure). */
  public LocalDate respuestaPropuestaRecibida(LocalDate recibida) {
    return diasHabiles.sumar(recibida, propiedades.diasHabilesRespuestaPropuestas());
  }

  /** Due date of an agency's acceptance of a commitment. */
  public Date aceptacionCompromiso() {
    return enDiasHabiles(propiedades.diasHabilesAceptacionCompromiso());
  }

  /** When an agency is reminded of a pending acceptance. */
  public Date recordatorioAceptacion() {
    return enDiasHabiles(propiedades.diasHabilesRecordatorioAceptacion());
  }

  /** Due date of a progress report. */
  public Date reporte() {
    return enDiasHabiles(propiedades.diasHabilesReporte());
  }

  /** When an agency is reminded of a pending progress report. */
  public Date recordatorioReporte() {
    return enDiasHabiles(propiedades.diasHabilesRecordatorioReporte());
  }

  /** Due date of the STL's review of a change request to a commitment. */
  public Date revisionCambio() {
    return enDiasHabiles(propiedades.diasHabilesRevisionCambio());
  }

  /** When the STL is reminded of a pending review of a change request. */
  public Date recordatorioRevisionCambio() {
    return enDiasHabiles(propiedades.diasHabilesRecordatorioRevisionCambio());
  }
}
