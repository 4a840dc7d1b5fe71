package mx.infoqro.gobiernoabierto.system;

import static mx.infoqro.gobiernoabierto.system.EdicionDemo.avanzarA;
import static mx.infoqro.gobiernoabierto.system.EdicionDemo.borrador;
import static mx.infoqro.gobiernoabierto.system.EdicionDemo.hito;
import static mx.infoqro.gobiernoabierto.system.EdicionDemo.propuesta;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.AperturaGobierno;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Potencial;
import mx.infoqro.gobiernoabierto.compromiso.FormularioFirmarPlanAccion;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos.CompromisoRedactado;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaProcess;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.registro.DatosRegistro;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso;
import mx.infoqro.gobiernoabierto.seguimiento.EvidenciaEnlace;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioEvaluarCompromiso;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance.Avance;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioVerificarReporte;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoProcess;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays last year's edition through the engine, with the same steps as {@link EdicionDemo}, to the
 * public side of implementation: three tables co-create seven commitments on three axes for four
 * agencies; every commitment is approved, the Pleno signs the plan and it is published (its PDF
 * rendered); over the plan's year the agencies report each quarter with evidence and comision
 * verifies (one report returned and corrected). When the demo starts, the plan ended two weeks
 * ago: "Tiempos de espera" is completed and evaluated, several commitments are late, the last report
 * of "Abasto de medicamentos" waits for comision's verification, the last one of "Calidad del aire"
 * is still due from its agency, the other evaluations wait in comision's Tasklist and the final
 * report is pending. A participant (Ana López) follows "Abasto de medicamentos", so comision's
 * next verification mails her.
 *
 * <p>Must run before this year's edition exists: registrations go to the most recent edition whose
 * call is published.
 */
@Component
class EdicionPasadaDemo {

  /** Days between the plan's end and today. */
  static final int DIAS_DESDE_FIN_PLAN = 15;

  private final EdicionDemo pasos;
  private final SujetoObligadoService sujetos;
  private final ConsultaMesas mesas;
  private final ConsultaCompromisos compromisos;
  private final SeguidoresCompromiso seguidores;
  private final Plazos plazos;
  private final TransactionTemplate tx;

  EdicionPasadaDemo(
      EdicionDemo pasos,
      SujetoObligadoService sujetos,
      ConsultaMesas mesas,
      ConsultaCompromisos compromisos,
      SeguidoresCompromiso seguidores,
      Plazos plazos,
      TransactionTemplate tx) {
    this.pasos = pasos;
    this.sujetos = sujetos;
    this.mesas = mesas;
    this.compromisos = compromisos;
    this.seguidores = seguidores;
    this.plazos = plazos;
    this.tx = tx;
  }

  /** A commitment of the play: its table's axis, agency, title, proposal taken, and quarterly progress per milestone. */
  private record Guion(String eje, String clave, String titulo, String problema, int propuesta, int[][] trimestres) {}

  // The scripts with a story of their own
  private static final int TIEMPOS_DE_ESPERA = 0;
  private static final int ABASTO = 2;
  private static final int CONTRALORIA = 4;

  /** The progress of each quarter's report (rows) per milestone (columns); null: the quarter is not reported. */
  private static final List<Guion> GUIONES =
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

  /** Plays the edition of {@code anio}; the agencies salud, movilidad, sustentable and municipio-qro must exist. */
  Ejercicio jugar(int anio) {
    LocalDate finPlan = plazos.hoy().minusDays(DIAS_DESDE_FIN_PLAN);
    // The proposed call's plan runs from day 201 for a year: start the edition so that it ended two weeks ago
    ZonedDateTime inicio = finPlan.minusYears(1).minusDays(201).atTime(LocalTime.of(9, 0)).atZone(plazos.ahora().getZone());
    return pasos.jugar(() -> jugar(anio, inicio));
  }

  private Ejercicio jugar(int anio, ZonedDateTime inicio) {
    Ejercicio ejercicio = pasos.convocatoriaPublicada(anio, inicio);
    String pi = ejercicio.getProcessInstanceId();
    Map<String, SujetoObligado> agencias = new HashMap<>();
    for (String clave : List.of("salud", "movilidad", "sustentable", "municipio-qro")) {
      agencias.put(clave, sujetos.porClave(clave).orElseThrow());
    }

    // Registration: three liaisons and six people of civil society on three axes
    avanzarA(inicio.plusDays(12));
    String sp = "servicios-publicos";
    String an = "anticorrupcion";
    String rn = "recursos-naturales";
    persona(ejercicio, "Elena Enlace Salud", "enlace.salud@example.mx", Sector.GOBIERNO, null, agencias.get("salud"), "Querétaro", "MUJER", sp, an);
    persona(ejercicio, "Mario Enlace Movilidad", "enlace.movilidad@example.mx", Sector.GOBIERNO, null, agencias.get("movilidad"), "Querétaro", "HOMBRE", sp);
    persona(ejercicio, "Sofía Enlace Sustentable", "enlace.sedesu@example.mx", Sector.GOBIERNO, null, agencias.get("sustentable"), "Corregidora", "MUJER", rn, an);
    Participante ana = persona(ejercicio, "Ana López", "ana.lopez@example.org", Sector.ORGANIZACION, "Red Ciudadana Querétaro", null, "Querétaro", "MUJER", sp, an, rn);
    persona(ejercicio, "Jorge Ramírez", "jorge.ramirez@example.org", Sector.CIUDADANIA, null, null, "Corregidora", "HOMBRE", sp, rn);
    persona(ejercicio, "Lucía Hernández", "lucia.hernandez@example.org", Sector.ACADEMIA, "Universidad Autónoma de Querétaro", null, "Querétaro", "MUJER", sp, an, rn);
    persona(ejercicio, "Raúl Martínez", "raul.martinez@example.org", Sector.ORGANIZACION, "Observatorio Ciudadano", null, "San Juan del Río", "HOMBRE", an, rn);
    persona(ejercicio, "Carmen Ortiz", "carmen.ortiz@example.org", Sector.EMPRESA, "Cámara de Comercio de Querétaro", null, "El Marqués", null, sp, an);
    persona(ejercicio, "Tomás Vega", "tomas.vega@example.org", Sector.CIUDADANIA, null, null, "Querétaro", "PREFIERO_NO_DECIR", rn);
    pasos.cerrarRegistroEInstalarStl(pi, inicio);

    // Co-creation: one session per table, three proposals answered, the drafts
    LocalDate inicioPlan = inicio.plusDays(201).toLocalDate();
    LocalDate finPlan = inicioPlan.plusYears(1);
    List<Mesa> instaladas = mesas.deEjercicio(ejercicio.getId()).stream().filter(m -> m.getEstado() == Mesa.EstadoMesa.INSTALADA).toList();
    int n = 0;
    for (Mesa mesa : instaladas) {
      n++;
      avanzarA(inicio.plusDays(52));
      String piMesa = pasos.programarSesion(mesa, inicio.plusDays(58 + n).with(LocalTime.of(10, 0)).toOffsetDateTime(), "Sala de Plenos de la Comisión");
      avanzarA(inicio.plusDays(58 + n).plusHours(5));
      pasos.completar(
          piMesa, MesaProcess.TASK_REGISTRAR_SESION, "facilitador",
          EdicionDemo.sesionCelebrada(
              mesas.sesiones(mesa.getId()).get(0).getId(), 10 + n, "Dependencias responsables; organizaciones; academia; ciudadanía",
              "La mesa del eje «" + mesa.getEje().getNombre() + "» diagnosticó los problemas del eje y recibió tres propuestas.",
              propuestas(mesa.getEje().getClave())));
      avanzarA(inicio.plusDays(70 + n));
      List<Propuesta> recibidas = mesas.propuestas(mesa.getId());
      pasos.completar(
          piMesa, MesaProcess.TASK_RESPONDER_PROPUESTAS, "facilitador",
          EdicionDemo.respuestas(
              recibidas,
              List.of(
                  new EdicionDemo.Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa con hitos verificables."),
                  new EdicionDemo.Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa; la dependencia responsable la aceptó."),
                  new EdicionDemo.Respuesta(
                      DecisionRespuesta.NO_INCORPORADA,
                      "No corresponde a las atribuciones de las dependencias de la mesa; se turnó a la instancia competente."))));
      avanzarA(inicio.plusDays(90 + n));
      List<CompromisoRedactado> filas = new ArrayList<>();
      for (Guion g : GUIONES) {
        if (g.eje().equals(mesa.getEje().getClave())) {
          filas.add(
              borrador(
                  g.titulo(), g.problema(),
                  "Publicar la información en datos abiertos cada mes y revisarla cada trimestre con las organizaciones de la mesa.",
                  agencias.get(g.clave()), inicioPlan, finPlan,
                  g.propuesta() < 0 ? List.of() : List.of(recibidas.get(g.propuesta())),
                  List.of(
                      hito("Diagnóstico y diseño del conjunto de datos con la sociedad civil", inicioPlan, inicioPlan.plusMonths(4)),
                      hito("Primera publicación en datos abiertos", inicioPlan.plusMonths(4), inicioPlan.plusMonths(8)),
                      hito("Publicación periódica y revisión con la sociedad civil", inicioPlan.plusMonths(8), finPlan))));
        }
      }
      pasos.completar(piMesa, MesaProcess.TASK_REDACTAR_COMPROMISOS, "facilitador", EdicionDemo.borradores(filas));
      pasos.ejecutar(piMesa, MesaProcess.TASK_CERRAR_MESA);
    }

    // Approval of every draft: the STL, the responsible agency, the Pleno
    avanzarA(inicio.plusDays(150));
    List<Compromiso> borradores = compromisos.deEjercicio(ejercicio.getId());
    for (Compromiso c : borradores) {
      String piAprobacion = pasos.subproceso(AprobacionCompromisoProcess.KEY, c.getFolio());
      pasos.revisarStl(piAprobacion, AprobacionCompromisoProcess.APROBAR, null);
      pasos.aceptar(piAprobacion, clave(c), "La dependencia asume el compromiso y sus hitos.");
      pasos.aprobarPleno(piAprobacion);
    }
    pasos.ejecutarAsincronos(ejercicio.getFolio());

    // The Pleno signs the plan; it is published (its PDF rendered) and the follow-up starts
    avanzarA(inicio.plusDays(180));
    pasos.completar(pi, EjercicioProcess.TASK_FIRMAR_PLAN, "pleno", Formularios.variables(new FormularioFirmarPlanAccion(null, true, null)));
    pasos.ejecutarAsincronos(ejercicio.getFolio());

    // Four quarterly reports: each cycle fires, the agency reports with evidence, comision verifies
    List<Compromiso> plan = compromisos.deEjercicio(ejercicio.getId());
    Map<Long, Integer> guion = new HashMap<>();
    plan.forEach(c -> guion.put(c.getId(), indice(c.getTitulo())));
    for (int trimestre = 0; trimestre < 4; trimestre++) {
      ZonedDateTime corte = null;
      for (Compromiso c : plan) {
        pasos.dispararTimer(pasos.subproceso(SeguimientoProcess.KEY, c.getFolio()), SeguimientoProcess.TIMER_CICLO_REPORTE);
        corte = corte == null ? plazos.ahora() : corte;
      }
      for (Compromiso c : plan) {
        int g = guion.get(c.getId());
        String piSeguimiento = pasos.subproceso(SeguimientoProcess.KEY, c.getFolio());
        int[] avance = GUIONES.get(g).trimestres()[trimestre];
        if (avance == null) {
          continue; // air quality: the last report is still due from the agency
        }
        avanzarA(corte.plusDays(5));
        reportar(piSeguimiento, c, trimestre + 1, avance);
        if (g == CONTRALORIA && trimestre == 1) {
          // comision returns the second report once; the agency corrects it
          verificar(piSeguimiento, SeguimientoProcess.DEVOLVER, "Las ligas de evidencia no abren: publique los documentos en una dirección pública.");
          avanzarA(corte.plusDays(7));
          reportar(piSeguimiento, c, trimestre + 1, avance);
        }
        if (g == ABASTO && trimestre == 3) {
          continue; // medicines: the last report waits for comision's verification
        }
        avanzarA(corte.plusDays(9));
        verificar(piSeguimiento, SeguimientoProcess.VERIFICAR, null);
        pasos.ejecutarAsincronos(c.getFolio());
      }
      if (trimestre == 1) {
        // A participant follows the medicines commitment from her personal page
        Long abasto = plan.stream().filter(c -> guion.get(c.getId()) == ABASTO).findFirst().orElseThrow().getId();
        tx.executeWithoutResult(s -> seguidores.seguirComoParticipante(ana, abasto, true));
      }
    }

    // The plan ends; comision evaluates C-001 with the IRM scales, the other evaluations wait
    for (Compromiso c : plan) {
      pasos.dispararTimer(pasos.subproceso(SeguimientoProcess.KEY, c.getFolio()), SeguimientoProcess.TIMER_FIN_PLAN);
    }
    avanzarA(plazos.ahora().plusDays(1));
    Compromiso tiemposDeEspera = plan.stream().filter(c -> guion.get(c.getId()) == TIEMPOS_DE_ESPERA).findFirst().orElseThrow();
    pasos.completar(
        pasos.subproceso(SeguimientoProcess.KEY, tiemposDeEspera.getFolio()),
        SeguimientoProcess.TASK_EVALUAR_COMPROMISO,
        "comision",
        Formularios.variables(
            new FormularioEvaluarCompromiso(
                null, null, null, null, Potencial.SUSTANCIAL, Cumplimiento.COMPLETO, AperturaGobierno.SIGNIFICATIVO,
                "Los tiempos de espera de las 42 clínicas se publican cada semana; la red ciudadana los usa para pedir mejoras.",
                "https://datos.queretaro.example.mx/salud/tiempos-de-espera")));
    return ejercicio;
  }

  /** The script of a commitment by its title. */
  private static int indice(String titulo) {
    for (int i = 0; i < GUIONES.size(); i++) {
      if (GUIONES.get(i).titulo().equals(titulo)) {
        return i;
      }
    }
    throw new IllegalStateException("No script for " + titulo);
  }

  /** The agency reports the quarter: each milestone's status and percentage (as the form lists them), narrative, evidence. */
  private void reportar(String pi, Compromiso c, int periodo, int[] avance) {
    List<Avance> filas = new ArrayList<>();
    List<Avance> mostradas = pasos.mostrado(pi, SeguimientoProcess.TASK_REPORTAR_AVANCE, FormularioReportarAvance.class).avances();
    for (int i = 0; i < mostradas.size(); i++) {
      int porcentaje = avance[i];
      EstadoHito estado = porcentaje == 100 ? EstadoHito.COMPLETADO : porcentaje == 0 ? EstadoHito.NO_INICIADO : EstadoHito.EN_PROCESO;
      filas.add(new Avance(mostradas.get(i).hitoId(), mostradas.get(i).hito(), estado, porcentaje, null));
    }
    String base = "https://datos.queretaro.example.mx/" + c.getFolio().toLowerCase();
    pasos.completar(
        pi,
        SeguimientoProcess.TASK_REPORTAR_AVANCE,
        "enlace-" + clave(c),
        Formularios.variables(
            new FormularioReportarAvance(
                null, null, null, filas, "Periodo " + periodo + ": " + narrativa(avance),
                List.of(
                    new EvidenciaEnlace("Conjunto de datos publicado (periodo " + periodo + ")", base + "/datos-" + periodo + ".csv"),
                    new EvidenciaEnlace("Minuta de la revisión con la sociedad civil", base + "/minuta-" + periodo + ".pdf")))));
  }

  private void verificar(String pi, String decision, String observaciones) {
    pasos.completar(
        pi,
        SeguimientoProcess.TASK_VERIFICAR_REPORTE,
        "comision",
        Formularios.variables(new FormularioVerificarReporte(null, null, null, null, null, null, decision, observaciones)));
  }

  private static String narrativa(int[] avance) {
    if (avance[2] == 100) {
      return "se concluyeron todos los hitos; la información se publica con regularidad y la sociedad civil la revisó.";
    }
    if (avance[1] > 0) {
      return "la primera publicación en datos abiertos está en línea; se revisó con las organizaciones de la mesa.";
    }
    return "se trabaja en el diagnóstico y en el diseño del conjunto de datos con la sociedad civil.";
  }

  private String clave(Compromiso c) {
    return tx.execute(s -> compromisos.compromiso(c.getId()).getSujetoResponsable().getClave());
  }

  private Participante persona(
      Ejercicio ejercicio, String nombre, String correo, Sector sector, String organizacion, SujetoObligado sujeto,
      String municipio, String genero, String... ejes) {
    return pasos.persona(
        ejercicio,
        new DatosRegistro(nombre, correo, null, sector, organizacion, sujeto != null ? sujeto.getId() : null, municipio, List.of(ejes), genero, true));
  }

  private static List<NuevaPropuesta> propuestas(String eje) {
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
}
