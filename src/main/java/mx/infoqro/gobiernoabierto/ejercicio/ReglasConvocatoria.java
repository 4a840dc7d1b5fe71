package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Mensajes;

/**
 * The rules of a call's content and timeline, without Spring: each broken rule is a Spanish
 * message ({@code convocatoria.error.*} in messages.properties).
 */
final class ReglasConvocatoria {

  /** OGP standard: the timeline is public at least two weeks before co-creation starts. */
  static final int DIAS_MINIMOS_ANTES_DE_COCREACION = 14;

  /** The dates of the timeline in their order, by the key of their name in the messages. */
  private static final String[] NOMBRES_FECHAS = {
    "convocatoria.fecha.apertura-registro", "convocatoria.fecha.cierre-registro",
    "convocatoria.fecha.inicio-cocreacion", "convocatoria.fecha.fin-cocreacion",
    "convocatoria.fecha.limite-aprobacion", "convocatoria.fecha.inicio-plan", "convocatoria.fecha.fin-plan"
  };

  private ReglasConvocatoria() {}

  /** Every broken rule of the call as comision prepared it, today; empty when it can go to the Pleno. */
  static List<String> validar(DatosConvocatoria d, LocalDate hoy) {
    List<String> errores = new ArrayList<>();
    if (d.titulo() == null) errores.add(Mensajes.texto("convocatoria.error.titulo"));
    if (d.texto() == null) errores.add(Mensajes.texto("convocatoria.error.texto"));
    if (d.contacto() == null) errores.add(Mensajes.texto("convocatoria.error.contacto"));
    if (d.ejes() == null || d.ejes().isEmpty()) errores.add(Mensajes.texto("convocatoria.error.ejes"));
    LocalDate[] fechas = d.fechas();
    boolean completas = true;
    for (int i = 0; i < fechas.length; i++) {
      if (fechas[i] == null) {
        errores.add(Mensajes.texto("convocatoria.error.fecha-faltante", Mensajes.texto(NOMBRES_FECHAS[i])));
        completas = false;
      }
    }
    if (!completas) {
      return errores;
    }
    for (int i = 1; i < fechas.length; i++) {
      if (fechas[i].isBefore(fechas[i - 1])) {
        errores.add(
            Mensajes.texto(
                "convocatoria.error.fecha-orden", Mensajes.texto(NOMBRES_FECHAS[i]), Mensajes.texto(NOMBRES_FECHAS[i - 1])));
      }
    }
    if (!d.fechaCierreRegistro().isAfter(d.fechaAperturaRegistro())) {
      errores.add(Mensajes.texto("convocatoria.error.registro-un-dia"));
    }
    if (!d.fechaFinPlan().isAfter(d.fechaInicioPlan())) {
      errores.add(Mensajes.texto("convocatoria.error.plan-un-dia"));
    }
    if (d.fechaCierreRegistro().isBefore(hoy)) {
      errores.add(Mensajes.texto("convocatoria.error.cierre-pasado"));
    }
    if (ChronoUnit.DAYS.between(hoy, d.fechaInicioCocreacion()) < DIAS_MINIMOS_ANTES_DE_COCREACION) {
      errores.add(Mensajes.texto("convocatoria.error.anticipacion", String.valueOf(DIAS_MINIMOS_ANTES_DE_COCREACION)));
    }
    return errores;
  }

  /** The Pleno's decision: approve, or return with observations. Null when it is acceptable. */
  static String revisarDecision(String decision, String observaciones) {
    if (EjercicioBpmn.DEVOLVER.equals(decision)) {
      return observaciones == null ? Mensajes.texto("convocatoria.error.devolver-sin-observaciones") : null;
    }
    return EjercicioBpmn.APROBAR.equals(decision) ? null : Mensajes.texto("convocatoria.error.decision");
  }
}
