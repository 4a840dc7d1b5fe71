package mx.infoqro.gobiernoabierto.demo;

import static mx.infoqro.gobiernoabierto.demo.FormulariosDemo.propuesta;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;

/**
 * The script of last year's edition ({@link EdicionPasadaDemo}): its seven commitments with their
 * quarterly progress, the proposals each table receives, and the narrative of a report. Values only.
 */
final class GuionesEdicionPasada {

  private GuionesEdicionPasada() {}

  /** A commitment of the play: its table's axis, agency, title, proposal taken, and quarterly progress per milestone. */
  record Guion(String eje, String clave, String titulo, String problema, int propuesta, int[][] trimestres) {}

  // The scripts with a story of their own
  static final int TIEMPOS_DE_ESPERA = 0;
  static final int ABASTO = 2;
  static final int CONTRALORIA = 4;

  /** The progress of each quarter's report (rows) per milestone (columns); null: the quarter is not reported. */
  static final List<Guion> GUIONES =
      List.of(
          new Guion("servicios-publicos", "salud", "Tiempos de espera abiertos en las clínicas",
              "Las personas no conocen cuánto esperarán para ser atendidas en las clínicas del estado.", 0,
              new int[][] {{60, 0, 0}, {100, 40, 0}, {100, 100, 50}, {100, 100, 100}}),
          new Guion("servicios-publicos", "movilidad", "Datos abiertos de puntualidad del transporte público",
              "Las rutas de transporte no publican su desempeño y la ciudadanía no puede exigir mejoras.", 1,
              new int[][] {{40, 0, 0}, {100, 20, 0}, {100, 70, 10}, {100, 100, 80}}),
          new Guion("servicios-publicos", "salud", "Abasto de medicamentos verificable",
              "No hay información pública sobre el abasto de medicamentos en las farmacias de los hospitales.", -1,
              new int[][] {{30, 0, 0}, {80, 10, 0}, {100, 40, 0}, {100, 70, 20}}),
          new Guion("anticorrupcion", "municipio-qro", "Contrataciones abiertas del municipio",
              "Las contrataciones del municipio no se publican completas ni a tiempo.", 0,
              new int[][] {{50, 0, 0}, {100, 50, 0}, {100, 100, 60}, {100, 100, 100}}),
          new Guion("anticorrupcion", "salud", "Contraloría social de obras de salud",
              "Las obras de hospitales no cuentan con vigilancia ciudadana.", 1,
              new int[][] {{10, 0, 0}, {40, 0, 0}, {60, 10, 0}, {80, 20, 0}}),
          new Guion("recursos-naturales", "sustentable", "Calidad del aire en datos abiertos",
              "Las mediciones de calidad del aire no se publican en formatos abiertos.", 0,
              new int[][] {{50, 0, 0}, {100, 30, 0}, {100, 80, 20}, null}),
          new Guion("recursos-naturales", "sustentable", "Monitoreo ciudadano del agua",
              "Las comunidades no conocen la calidad del agua de sus pozos.", 1,
              new int[][] {{20, 0, 0}, {50, 0, 0}, {70, 10, 0}, {100, 30, 0}}));

  /** The script of a commitment by its title. */
  static int indice(String titulo) {
    for (int i = 0; i < GUIONES.size(); i++) {
      if (GUIONES.get(i).titulo().equals(titulo)) {
        return i;
      }
    }
    throw new IllegalStateException("No script for " + titulo);
  }

  /** The narrative of a quarter's report, from its milestones' progress. */
  static String narrativa(int[] avance) {
    if (avance[2] == 100) {
      return "se concluyeron todos los hitos; la información se publica con regularidad y la sociedad civil la revisó.";
    }
    if (avance[1] > 0) {
      return "la primera publicación en datos abiertos está en línea; se revisó con las organizaciones de la mesa.";
    }
    return "se trabaja en el diagnóstico y en el diseño del conjunto de datos con la sociedad civil.";
  }

  /** The three proposals the table of an axis receives at its session. */
  static List<NuevaPropuesta> propuestas(String eje) {
    return switch (eje) {
      case "servicios-publicos" -> List.of(
          propuesta("Red Ciudadana Querétaro", "Las personas no saben cuánto esperarán en las clínicas.", "Publicar cada semana los tiempos de espera de cada clínica."),
          propuesta("Universidad Autónoma de Querétaro", "Las rutas de transporte no informan su puntualidad.", "Publicar en datos abiertos la puntualidad de cada ruta."),
          propuesta("Participante", "Faltan bancas en las paradas.", "Instalar bancas en todas las paradas."));
      case "anticorrupcion" -> List.of(
          propuesta("Observatorio Ciudadano", "Las contrataciones municipales no se publican completas.", "Publicar cada contratación con el estándar de contrataciones abiertas."),
          propuesta("Red Ciudadana Querétaro", "Las obras de salud no tienen vigilancia ciudadana.", "Formar comités de contraloría social para cada obra."),
          propuesta("Cámara de Comercio de Querétaro", "Los trámites de licencias tardan meses.", "Reducir los requisitos de las licencias de funcionamiento."));
      default -> List.of(
          propuesta("Universidad Autónoma de Querétaro", "No se publican las mediciones de calidad del aire.", "Publicar las mediciones de cada estación en datos abiertos."),
          propuesta("Participante", "Las comunidades no conocen la calidad del agua de sus pozos.", "Capacitar a monitores comunitarios y publicar sus mediciones."),
          propuesta("Observatorio Ciudadano", "Hay tiraderos clandestinos en las barrancas.", "Clausurar los tiraderos clandestinos."));
    };
  }

  /** The approved change: the health liaison postpones the medicines' second milestone (the plan started {@code inicioPlan}). */
  static SolicitudCambio cambioAbasto(LocalDate inicioPlan) {
    return SolicitudCambio.deHitos(
        "La licitación del sistema de inventarios de las farmacias se declaró desierta y se repitió: la primera publicación se recorre tres meses.",
        CambioHito.nuevaFechaFin(2, inicioPlan.plusMonths(11)));
  }

  /** The request waiting for the STL: the movilidad liaison rewords the punctuality commitment's third milestone. */
  static SolicitudCambio cambioPuntualidad() {
    return SolicitudCambio.deHitos(
        "Las organizaciones de la mesa pidieron que la publicación periódica distinga cada ruta; así lo acordó la dependencia con ellas.",
        new CambioHito(3, "Publicación periódica por ruta y revisión con la sociedad civil", null, null, null, false, null));
  }
}
