package mx.infoqro.gobiernoabierto.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos.CompromisoRedactado;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesion;
import mx.infoqro.gobiernoabierto.mesa.FormularioResponderPropuestas;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;

/**
 * The forms the demo's editions submit, filled as staff would fill them in Tasklist: the forum's
 * installation, a session held, the reasoned responses, the drafts of a table. No Spring: values
 * only, shared by {@link PasosDemo}, {@link EdicionDemo} and {@link EdicionPasadaDemo}.
 */
final class FormulariosDemo {

  private FormulariosDemo() {}

  /** The forum installed on {@code fecha}: its members, its rules and the joint declaration. */
  static Map<String, Object> stl(LocalDate fecha) {
    return Formularios.variables(
        new FormularioInstalarStl(
            fecha,
            List.of(
                new Integrante("Comisionada presidenta", SectorStl.COMISION, "Comisión", null),
                new Integrante("Elena Enlace Salud", SectorStl.GOBIERNO, "SESA", null),
                new Integrante("Mario Enlace Movilidad", SectorStl.GOBIERNO, "AMEQ", null),
                new Integrante("Ana López", SectorStl.SOCIEDAD_CIVIL, "Red Ciudadana Querétaro", null),
                new Integrante("Lucía Hernández", SectorStl.SOCIEDAD_CIVIL, "Universidad", null)),
            "El Secretariado sesiona cada mes; decide por consenso y, en su defecto, por mayoría.",
            "Declaración conjunta por un gobierno abierto, firmada por la Comisión, el gobierno y la sociedad civil."));
  }

  /** The form of a session held (its attendance, minutes and proposals); the table takes no more sessions. */
  static Map<String, Object> sesionCelebrada(
      Long sesionId, int asistentes, String lista, String acta, List<NuevaPropuesta> propuestas) {
    return Formularios.variables(
        FormularioRegistrarSesion.ultimaSesion(sesionId, asistentes, lista, acta, propuestas));
  }

  static NuevaPropuesta propuesta(String autor, String problema, String texto) {
    return new NuevaPropuesta(autor, problema, "Falta de información pública.", texto);
  }

  /** The reasoned response to a proposal. */
  record Respuesta(DecisionRespuesta decision, String razon) {}

  /** The reasoned response to each proposal received, in the order received. */
  static Map<String, Object> respuestas(List<Propuesta> recibidas, List<Respuesta> respuestas) {
    List<FormularioResponderPropuestas.Fila> filas = new ArrayList<>();
    for (int i = 0; i < recibidas.size(); i++) {
      filas.add(
          new FormularioResponderPropuestas.Fila(
              recibidas.get(i).getId(), null, respuestas.get(i).decision(), null, respuestas.get(i).razon()));
    }
    return Formularios.variables(FormularioResponderPropuestas.responder(filas));
  }

  /** The drafting form of a table: its draft commitments. */
  static Map<String, Object> borradores(List<CompromisoRedactado> compromisos) {
    return Formularios.variables(FormularioRedactarCompromisos.redactar(compromisos));
  }

  /** One draft commitment of the drafting form (OGP template) with the proposals it takes and its milestones. */
  static CompromisoRedactado borrador(
      String titulo,
      String problema,
      String descripcion,
      SujetoObligado responsable,
      LocalDate inicio,
      LocalDate fin,
      List<Propuesta> atendidas,
      List<BorradorHito> hitos) {
    return new CompromisoRedactado(
        titulo,
        problema,
        "La información existe pero no se publica.",
        descripcion,
        "Permite a la ciudadanía vigilar y exigir mejoras.",
        EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.PARTICIPACION_CIUDADANA),
        responsable.getId(),
        "Red Ciudadana Querétaro",
        responsable.getCorreoEnlace(),
        inicio,
        fin,
        atendidas.stream().map(Propuesta::getId).toList(),
        hitos);
  }

  static BorradorHito hito(String descripcion, LocalDate inicio, LocalDate fin) {
    return new BorradorHito(descripcion, "Publicación en el portal", inicio, fin);
  }
}
