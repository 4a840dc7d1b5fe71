package mx.infoqro.gobiernoabierto.demo;

import static mx.infoqro.gobiernoabierto.demo.FormulariosDemo.borrador;
import static mx.infoqro.gobiernoabierto.demo.FormulariosDemo.hito;
import static mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.ABASTO;
import static mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.CONTRALORIA;
import static mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.GUIONES;
import static mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.TIEMPOS_DE_ESPERA;
import static mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.indice;
import static mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.narrativa;
import static mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.propuestas;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
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
import mx.infoqro.gobiernoabierto.demo.GuionesEdicionPasada.Guion;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
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
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays last year's edition through the engine, with the demo's steps ({@link PasosDemo}), to the
 * public side of implementation: three tables co-create seven commitments on three axes for four
 * agencies; every commitment is approved, the Pleno signs the plan and it is published (its PDF
 * rendered); over the plan's year the agencies report each quarter with evidence and comision
 * verifies (one report returned and corrected). When the demo starts, the plan ended two weeks
 * ago: "Tiempos de espera" is completed and evaluated, several commitments are late, the last report
 * of "Abasto de medicamentos" waits for comision's verification, the last one of "Calidad del aire"
 * is still due from its agency, the other evaluations wait in comision's Tasklist and the final
 * report is pending. A participant (Ana López) follows "Abasto de medicamentos", so comision's
 * next verification mails her. The forum's sessions are {@link ForoDemo}'s. <p>Must run before this year's edition exists: registrations go to the most recent edition whose
 * call is published. The script (commitments, proposals, reports) is {@link GuionesEdicionPasada}.
 *
 * <p>Not a component: a bean of the demo profile only ({@link EdicionesDemoConfig}); a test without
 * the demo profile imports it explicitly.
 */
class EdicionPasadaDemo {

  /** Days between the plan's end and today. */
  static final int DIAS_DESDE_FIN_PLAN = 15;

  private final PasosDemo pasos;
  private final Motor motor;
  private final SujetoObligadoService sujetos;
  private final ConsultaMesas mesas;
  private final ConsultaCompromisos compromisos;
  private final SeguidoresCompromiso seguidores;
  private final Plazos plazos;
  private final TransactionTemplate tx;
  private final ForoDemo foro;

  EdicionPasadaDemo(PasosDemo pasos, SujetoObligadoService sujetos, ConsultaMesas mesas, ConsultaCompromisos compromisos,
      SeguidoresCompromiso seguidores, Plazos plazos, TransactionTemplate tx, ForoDemo foro) {
    this.foro = foro;
    this.pasos = pasos;
    this.motor = pasos.motor();
    this.sujetos = sujetos;
    this.mesas = mesas;
    this.compromisos = compromisos;
    this.seguidores = seguidores;
    this.plazos = plazos;
    this.tx = tx;
  }

  /** Plays the edition of {@code anio}; the agencies salud, movilidad, sustentable and municipio-qro must exist. */
  Ejercicio jugar(int anio) {
    LocalDate finPlan = plazos.hoy().minusDays(DIAS_DESDE_FIN_PLAN);
    // The proposed call's plan runs from day 201 for a year: start the edition so that it ended two weeks ago
    ZonedDateTime inicio = finPlan.minusYears(1).minusDays(201).atTime(LocalTime.of(9, 0)).atZone(plazos.ahora().getZone());
    Ejercicio ejercicio = pasos.jugar(() -> jugar(anio, inicio));
    // Today, with the real clock: the movilidad liaison asks to reword a milestone; it waits for the STL in Tasklist
    Compromiso puntualidad = compromisos.deEjercicio(ejercicio.getId()).stream()
        .filter(c -> c.getTitulo().startsWith("Datos abiertos de puntualidad")).findFirst().orElseThrow();
    pasos.solicitarCambio("enlace-movilidad", "so-movilidad", puntualidad.getFolio(), GuionesEdicionPasada.cambioPuntualidad());
    return ejercicio;
  }

  private Ejercicio jugar(int anio, ZonedDateTime inicio) {
    Ejercicio ejercicio = pasos.convocatoriaPublicada(anio, inicio);
    String pi = ejercicio.getProcessInstanceId();
    Map<String, SujetoObligado> agencias = new HashMap<>();
    for (String clave : List.of("salud", "movilidad", "sustentable", "municipio-qro")) {
      agencias.put(clave, sujetos.porClave(clave).orElseThrow());
    }

    // Registration: three liaisons and six people of civil society on three axes
    motor.avanzarA(inicio.plusDays(12));
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
      motor.avanzarA(inicio.plusDays(52));
      String piMesa = pasos.programarSesion(mesa, inicio.plusDays(58 + n).with(LocalTime.of(10, 0)).toOffsetDateTime(), "Sala de Plenos de la Comisión");
      motor.avanzarA(inicio.plusDays(58 + n).plusHours(5));
      motor.completar(
          piMesa, MesaBpmn.TASK_REGISTRAR_SESION, "facilitador",
          FormulariosDemo.sesionCelebrada(
              mesas.sesiones(mesa.getId()).get(0).getId(), 10 + n, "Dependencias responsables; organizaciones; academia; ciudadanía",
              "La mesa del eje «" + mesa.getEje().getNombre() + "» diagnosticó los problemas del eje y recibió tres propuestas.",
              propuestas(mesa.getEje().getClave())));
      motor.avanzarA(inicio.plusDays(70 + n));
      List<Propuesta> recibidas = mesas.propuestas(mesa.getId());
      motor.completar(
          piMesa, MesaBpmn.TASK_RESPONDER_PROPUESTAS, "facilitador",
          FormulariosDemo.respuestas(
              recibidas,
              List.of(
                  new FormulariosDemo.Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa con hitos verificables."),
                  new FormulariosDemo.Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa; la dependencia responsable la aceptó."),
                  new FormulariosDemo.Respuesta(
                      DecisionRespuesta.NO_INCORPORADA,
                      "No corresponde a las atribuciones de las dependencias de la mesa; se turnó a la instancia competente."))));
      motor.avanzarA(inicio.plusDays(90 + n));
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
      motor.completar(piMesa, MesaBpmn.TASK_REDACTAR_COMPROMISOS, "facilitador", FormulariosDemo.borradores(filas));
      motor.ejecutar(piMesa, MesaBpmn.TASK_CERRAR_MESA);
    }

    // Approval of every draft: the STL, the responsible agency, the Pleno
    motor.avanzarA(inicio.plusDays(150));
    List<Compromiso> borradores = compromisos.deEjercicio(ejercicio.getId());
    for (Compromiso c : borradores) {
      String piAprobacion = motor.instancia(AprobacionCompromisoBpmn.KEY, c.getFolio());
      pasos.revisarStl(piAprobacion, AprobacionCompromisoBpmn.APROBAR, null);
      pasos.aceptar(piAprobacion, clave(c), "La dependencia asume el compromiso y sus hitos.");
      pasos.aprobarPleno(piAprobacion);
    }
    motor.ejecutarAsincronosDeEdicion(ejercicio.getFolio());

    // The Pleno signs the plan; it is published (its PDF rendered) and the follow-up starts
    motor.avanzarA(inicio.plusDays(180));
    motor.completar(pi, EjercicioBpmn.TASK_FIRMAR_PLAN, "pleno", Formularios.variables(FormularioFirmarPlanAccion.firma(true, null)));
    motor.ejecutarAsincronosDeEdicion(ejercicio.getFolio());

    // Four quarterly reports: each cycle fires, the agency reports with evidence, comision verifies
    List<Compromiso> plan = compromisos.deEjercicio(ejercicio.getId());
    Map<Long, Integer> guion = new HashMap<>();
    plan.forEach(c -> guion.put(c.getId(), indice(c.getTitulo())));
    for (int trimestre = 0; trimestre < 4; trimestre++) {
      ZonedDateTime corte = null;
      for (Compromiso c : plan) {
        motor.dispararTimer(motor.instancia(SeguimientoBpmn.KEY, c.getFolio()), SeguimientoBpmn.TIMER_CICLO_REPORTE);
        corte = corte == null ? plazos.ahora() : corte;
      }
      for (Compromiso c : plan) {
        int g = guion.get(c.getId());
        String piSeguimiento = motor.instancia(SeguimientoBpmn.KEY, c.getFolio());
        int[] avance = GUIONES.get(g).trimestres()[trimestre];
        if (avance == null) {
          continue; // air quality: the last report is still due from the agency
        }
        motor.avanzarA(corte.plusDays(5));
        reportar(piSeguimiento, c, trimestre + 1, avance);
        if (g == CONTRALORIA && trimestre == 1) {
          // comision returns the second report once; the agency corrects it
          verificar(piSeguimiento, SeguimientoBpmn.DEVOLVER, "Las ligas de evidencia no abren: publique los documentos en una dirección pública.");
          motor.avanzarA(corte.plusDays(7));
          reportar(piSeguimiento, c, trimestre + 1, avance);
        }
        if (g == ABASTO && trimestre == 3) {
          continue; // medicines: the last report waits for comision's verification
        }
        motor.avanzarA(corte.plusDays(9));
        verificar(piSeguimiento, SeguimientoBpmn.VERIFICAR, null);
        motor.ejecutarAsincronosDeEdicion(c.getFolio());
      }
      foro.despuesDelTrimestre(ejercicio, trimestre, inicio.toLocalDate().plusDays(201).plusYears(1).plusDays(DIAS_DESDE_FIN_PLAN));
      if (trimestre == 1) {
        // A participant follows the medicines commitment from her personal page
        Long abasto = plan.stream().filter(c -> guion.get(c.getId()) == ABASTO).findFirst().orElseThrow().getId();
        tx.executeWithoutResult(s -> seguidores.seguirComoParticipante(ana, abasto, true));
        // The health liaison asks to postpone the medicines' second milestone; the STL approves it (version 2, Ana is mailed)
        motor.avanzarA(plazos.ahora().plusDays(3));
        String folioAbasto = plan.stream().filter(c -> c.getId().equals(abasto)).findFirst().orElseThrow().getFolio();
        String cambio = pasos.solicitarCambio("enlace-salud", "so-salud", folioAbasto, GuionesEdicionPasada.cambioAbasto(inicioPlan));
        motor.avanzarA(plazos.ahora().plusDays(4));
        pasos.aprobarCambio(cambio);
      }
    }

    // The plan ends; comision evaluates C-001 with the IRM scales, the other evaluations wait
    for (Compromiso c : plan) {
      motor.dispararTimer(motor.instancia(SeguimientoBpmn.KEY, c.getFolio()), SeguimientoBpmn.TIMER_FIN_PLAN);
    }
    motor.avanzarA(plazos.ahora().plusDays(1));
    Compromiso tiemposDeEspera = plan.stream().filter(c -> guion.get(c.getId()) == TIEMPOS_DE_ESPERA).findFirst().orElseThrow();
    motor.completar(
        motor.instancia(SeguimientoBpmn.KEY, tiemposDeEspera.getFolio()),
        SeguimientoBpmn.TASK_EVALUAR_COMPROMISO,
        "comision",
        Formularios.variables(
            FormularioEvaluarCompromiso.evaluacion(
                Potencial.SUSTANCIAL, Cumplimiento.COMPLETO, AperturaGobierno.SIGNIFICATIVO,
                "Los tiempos de espera de las 42 clínicas se publican cada semana; la red ciudadana los usa para pedir mejoras.",
                "https://datos.queretaro.example.mx/salud/tiempos-de-espera")));
    foro.revisar(ejercicio);
    return ejercicio;
  }

  /** The agency reports the quarter: each milestone's status and percentage (as the form lists them), narrative, evidence. */
  private void reportar(String pi, Compromiso c, int periodo, int[] avance) {
    List<Avance> filas = new ArrayList<>();
    List<Avance> mostradas = pasos.mostrado(pi, SeguimientoBpmn.TASK_REPORTAR_AVANCE, FormularioReportarAvance.class).avances();
    for (int i = 0; i < mostradas.size(); i++) {
      int porcentaje = avance[i];
      EstadoHito estado = porcentaje == 100 ? EstadoHito.COMPLETADO : porcentaje == 0 ? EstadoHito.NO_INICIADO : EstadoHito.EN_PROCESO;
      filas.add(new Avance(mostradas.get(i).hitoId(), mostradas.get(i).hito(), estado, porcentaje, null));
    }
    String base = "https://datos.queretaro.example.mx/" + c.getFolio().toLowerCase();
    motor.completar(pi, SeguimientoBpmn.TASK_REPORTAR_AVANCE, "enlace-" + clave(c),
        Formularios.variables(
            FormularioReportarAvance.reporte(
                filas, "Periodo " + periodo + ": " + narrativa(avance),
                List.of(
                    new EvidenciaEnlace("Conjunto de datos publicado (periodo " + periodo + ")", base + "/datos-" + periodo + ".csv"),
                    new EvidenciaEnlace("Minuta de la revisión con la sociedad civil", base + "/minuta-" + periodo + ".pdf")))));
  }

  private void verificar(String pi, String decision, String observaciones) {
    motor.completar(pi, SeguimientoBpmn.TASK_VERIFICAR_REPORTE, "comision",
        Formularios.variables(FormularioVerificarReporte.decision(decision, observaciones)));
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
}
