package mx.infoqro.gobiernoabierto.demo;

import static mx.infoqro.gobiernoabierto.demo.FormulariosDemo.borrador;
import static mx.infoqro.gobiernoabierto.demo.FormulariosDemo.hito;
import static mx.infoqro.gobiernoabierto.demo.FormulariosDemo.propuesta;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos.CompromisoRedactado;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.demo.FormulariosDemo.Respuesta;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlProcesos;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.registro.DatosRegistro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;

/**
 * Plays this year's edition forward through the engine with the demo's steps ({@link PasosDemo}),
 * the way people would through Tasklist: the call is prepared, approved and published, people
 * register, the registration closes, the forum is installed, one table co-creates five commitments,
 * and the approval of each is left at a different step, so every demo role finds work waiting. The
 * engine clock is moved back while it plays, so dates and deadlines are coherent; registrations
 * (the portal's job) are written directly. Used by the demo profile and by the whole-edition test.
 *
 * <p>Not a component: a bean of the demo profile only ({@link EdicionesDemoConfig}); a test without
 * the demo profile imports it explicitly.
 */
public class EdicionDemo {

  /** Days before today when the played edition started. */
  static final int DIAS_ATRAS = 150;

  private final PasosDemo pasos;
  private final Motor motor;
  private final SujetoObligadoService sujetos;
  private final ConsultaMesas mesas;
  private final ConsultaCompromisos compromisos;
  private final Plazos plazos;
  private final SesionesStlProcesos sesionesStl;

  EdicionDemo(
      PasosDemo pasos,
      SujetoObligadoService sujetos,
      ConsultaMesas mesas,
      ConsultaCompromisos compromisos,
      Plazos plazos,
      SesionesStlProcesos sesionesStl) {
    this.pasos = pasos;
    this.sesionesStl = sesionesStl;
    this.motor = pasos.motor();
    this.sujetos = sujetos;
    this.mesas = mesas;
    this.compromisos = compromisos;
    this.plazos = plazos;
  }

  /**
   * Plays the edition of {@code anio} up to the approval phase. The agencies {@code clavesSalud}
   * and {@code clavesMovilidad} must exist; their liaisons' users are who accept commitments.
   * Returns the edition.
   */
  public Ejercicio hastaAprobacion(int anio, String claveSalud, String claveMovilidad) {
    ZonedDateTime inicio = plazos.ahora().minusDays(DIAS_ATRAS).with(LocalTime.of(9, 0));
    return pasos.jugar(() -> hastaAprobacion(anio, claveSalud, claveMovilidad, inicio));
  }

  private Ejercicio hastaAprobacion(int anio, String claveSalud, String claveMovilidad, ZonedDateTime inicio) {
    Ejercicio ejercicio = pasos.convocatoriaPublicada(anio, inicio);
    String pi = ejercicio.getProcessInstanceId();

    // 2. Registration as on the portal (register, confirm by the e-mailed link, comision
    // validates the agencies' liaisons), the reminder and the close
    SujetoObligado salud = sujetos.porClave(claveSalud).orElseThrow();
    SujetoObligado movilidad = sujetos.porClave(claveMovilidad).orElseThrow();
    motor.avanzarA(inicio.plusDays(10));
    registrar(ejercicio, salud, movilidad);
    // 3. The registration closes, the forum is installed
    pasos.cerrarRegistroEInstalarStl(pi, inicio);
    // The forum's first session: scheduled, held with its three parties, its minutes published
    sesionStlCelebrada(ejercicio, inicio);

    // 4. The table of public services co-creates five commitments
    Mesa mesa =
        mesas.deEjercicio(ejercicio.getId()).stream()
            .filter(m -> m.getEstado() == Mesa.EstadoMesa.INSTALADA)
            .findFirst()
            .orElseThrow();
    motor.avanzarA(inicio.plusDays(52));
    String piMesa =
        pasos.programarSesion(
            mesa, inicio.plusDays(60).with(LocalTime.of(10, 0)).toOffsetDateTime(), "Sala de Plenos de la Comisión");
    motor.avanzarA(inicio.plusDays(60).plusHours(5));
    Long sesionId = mesas.sesiones(mesa.getId()).get(0).getId();
    motor.completar(piMesa, MesaBpmn.TASK_REGISTRAR_SESION, "facilitador", sesionCelebrada(sesionId));
    motor.avanzarA(inicio.plusDays(70));
    List<Propuesta> recibidas = mesas.propuestas(mesa.getId());
    motor.completar(piMesa, MesaBpmn.TASK_RESPONDER_PROPUESTAS, "facilitador", respuestas(recibidas));
    motor.avanzarA(inicio.plusDays(90));
    motor.completar(
        piMesa,
        MesaBpmn.TASK_REDACTAR_COMPROMISOS,
        "facilitador",
        borradores(salud, movilidad, recibidas, inicio.plusDays(201).toLocalDate()));
    motor.ejecutar(piMesa, MesaBpmn.TASK_CERRAR_MESA);

    // 5. Approval: each draft is left at a different step
    motor.avanzarA(inicio.plusDays(DIAS_ATRAS - 5));
    List<Compromiso> borradores = compromisos.deEjercicio(ejercicio.getId());
    String[] pis =
        borradores.stream().map(c -> motor.instancia(AprobacionCompromisoBpmn.KEY, c.getFolio())).toArray(String[]::new);
    // C-001 waits for the STL's review; C-002 and C-003 for their agencies' acceptance;
    // C-004 for the Pleno; C-005 was returned to the table
    pasos.revisarStl(pis[1], AprobacionCompromisoBpmn.APROBAR, null);
    pasos.revisarStl(pis[2], AprobacionCompromisoBpmn.APROBAR, null);
    pasos.revisarStl(pis[3], AprobacionCompromisoBpmn.APROBAR, null);
    pasos.aceptar(pis[3], claveSalud, "La Secretaría asume el compromiso.");
    pasos.revisarStl(
        pis[4],
        AprobacionCompromisoBpmn.DEVOLVER,
        "Precise los hitos: cada uno necesita un producto verificable y una fecha de término.");
    return ejercicio;
  }

  private void registrar(Ejercicio ejercicio, SujetoObligado salud, SujetoObligado movilidad) {
    persona(ejercicio, "Elena Enlace Salud", "enlace.salud@example.mx", Sector.GOBIERNO, salud, "servicios-publicos");
    persona(ejercicio, "Mario Enlace Movilidad", "enlace.movilidad@example.mx", Sector.GOBIERNO, movilidad, "servicios-publicos");
    persona(ejercicio, "Ana López", "ana.lopez@example.org", Sector.ORGANIZACION, null, "servicios-publicos", "igualdad-genero");
    persona(ejercicio, "Jorge Ramírez", "jorge.ramirez@example.org", Sector.CIUDADANIA, null, "servicios-publicos");
    persona(ejercicio, "Lucía Hernández", "lucia.hernandez@example.org", Sector.ACADEMIA, null, "servicios-publicos", "anticorrupcion");
    persona(ejercicio, "Raúl Martínez", "raul.martinez@example.org", Sector.ORGANIZACION, null, "anticorrupcion");
  }

  /**
   * One person registers on the portal and follows the confirmation link (a fresh one, as the
   * "send me a new link" page gives); an agency's liaison is then validated by comision.
   */
  private void persona(
      Ejercicio ejercicio, String nombre, String correo, Sector sector, SujetoObligado sujeto, String... clavesEje) {
    String organizacion = sujeto != null || sector == Sector.CIUDADANIA ? null : "Red Ciudadana Querétaro";
    pasos.persona(
        ejercicio,
        new DatosRegistro(
            nombre, correo, null, sector, organizacion, sujeto != null ? sujeto.getId() : null, "Querétaro",
            List.of(clavesEje), null, true));
  }

  private static Map<String, Object> sesionCelebrada(Long sesionId) {
    return FormulariosDemo.sesionCelebrada(
        sesionId,
        12,
        "SESA; AMEQ; Red Ciudadana Querétaro; Universidad; participantes",
        "La mesa diagnosticó los problemas de acceso a los servicios de salud y de movilidad y recibió tres propuestas.",
        List.of(
            propuesta("Red Ciudadana Querétaro", "Las personas no conocen el tiempo de espera en las clínicas.", "Publicar los tiempos de espera de cada clínica."),
            propuesta("Universidad", "Las rutas de transporte no publican su desempeño.", "Publicar en datos abiertos la puntualidad de las rutas."),
            propuesta("Participante", "Faltan bancas en las paradas.", "Instalar bancas en todas las paradas.")));
  }

  private static Map<String, Object> respuestas(List<Propuesta> recibidas) {
    return FormulariosDemo.respuestas(
        recibidas,
        List.of(
            new Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa."),
            new Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa."),
            new Respuesta(
                DecisionRespuesta.NO_INCORPORADA,
                "La instalación de mobiliario urbano no es un compromiso de gobierno abierto; se turnó al municipio.")));
  }

  private static Map<String, Object> borradores(
      SujetoObligado salud, SujetoObligado movilidad, List<Propuesta> recibidas, LocalDate inicioPlan) {
    String[][] datos = {
      {"Tiempos de espera abiertos en clínicas", "salud", "0"},
      {"Datos abiertos de puntualidad del transporte", "movilidad", "1"},
      {"Abasto de medicamentos verificable", "salud", ""},
      {"Contraloría social de obras de salud", "salud", ""},
      {"Movilidad segura con participación ciudadana", "movilidad", ""}
    };
    List<CompromisoRedactado> compromisos = new ArrayList<>();
    for (String[] d : datos) {
      compromisos.add(
          borrador(
              d[0],
              "La ciudadanía no cuenta con información pública para vigilar el servicio.",
              "Publicar la información en datos abiertos y revisarla con la sociedad civil.",
              d[1].equals("salud") ? salud : movilidad,
              inicioPlan,
              inicioPlan.plusYears(1).minusDays(1),
              d[2].isEmpty() ? List.of() : List.of(recibidas.get(Integer.parseInt(d[2]))),
              List.of(
                  hito("Diagnóstico y diseño del conjunto de datos", inicioPlan, inicioPlan.plusMonths(4)),
                  hito("Publicación y revisión con sociedad civil", inicioPlan.plusMonths(4), inicioPlan.plusMonths(12).minusDays(1)))));
    }
    return FormulariosDemo.borradores(compromisos);
  }

  /** The forum's first session, six days after its installation; its minutes and agreements published. */
  private void sesionStlCelebrada(Ejercicio ejercicio, ZonedDateTime inicio) {
    String pi = sesionesStl.iniciar(ejercicio.getId()).getId();
    motor.completar(pi, SesionStlBpmn.TASK_PROGRAMAR_SESION_STL, "comision", Formularios.variables(
        FormularioProgramarSesionStl.programar(ejercicio.getId(),
            inicio.plusDays(50).with(LocalTime.of(10, 0)).toOffsetDateTime(), "Sala de Plenos de la Comisión", null,
            "1. Calendario de las mesas de co-creación.\n2. Criterios para revisar los borradores de compromisos.")));
    motor.avanzarA(inicio.plusDays(50).with(LocalTime.of(13, 0)));
    motor.completar(pi, SesionStlBpmn.TASK_REGISTRAR_SESION_STL, "comision", Formularios.variables(
        FormularioRegistrarSesionStl.registro(1, 2, 2,
            "Comisionada presidenta (Comisión); Elena Enlace Salud (SESA); Mario Enlace Movilidad (AMEQ);"
                + " Ana López (Red Ciudadana Querétaro); Lucía Hernández (Universidad)",
            "1. Se aprueba el calendario de las mesas.\n2. Los borradores se revisarán con los criterios de la Alianza para el Gobierno Abierto.",
            "El Secretariado Técnico Local sesionó con las tres partes, aprobó el calendario de las mesas y los criterios de revisión, y aprobó esta acta.")));
    motor.ejecutar(pi, SesionStlBpmn.TASK_PUBLICAR_ACTA_STL);
  }
}
