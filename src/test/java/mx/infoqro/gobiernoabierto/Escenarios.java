package mx.infoqro.gobiernoabierto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematicoRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.RegistroRepository;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data built through the real repositories and services, and cases brought to a step through
 * the engine. Every call makes new rows with unique keys (years, agency keys, e-mails), so tests
 * sharing one context never collide.
 */
@Component
public class Escenarios {

  private static final AtomicInteger ANIO = new AtomicInteger(2100);
  private static final AtomicInteger SECUENCIA = new AtomicInteger();

  private final EjercicioRepository ejercicios;
  private final ConvocatoriaRepository convocatorias;
  private final EjeTematicoRepository ejes;
  private final SujetoObligadoService sujetos;
  private final ParticipanteRepository participantes;
  private final RegistroRepository registros;
  private final MesaRepository mesas;
  private final CompromisoRepository compromisos;
  private final RuntimeService runtimeService;
  private final TransactionTemplate tx;

  Escenarios(
      EjercicioRepository ejercicios,
      ConvocatoriaRepository convocatorias,
      EjeTematicoRepository ejes,
      SujetoObligadoService sujetos,
      ParticipanteRepository participantes,
      RegistroRepository registros,
      MesaRepository mesas,
      CompromisoRepository compromisos,
      RuntimeService runtimeService,
      TransactionTemplate tx) {
    this.ejercicios = ejercicios;
    this.convocatorias = convocatorias;
    this.ejes = ejes;
    this.sujetos = sujetos;
    this.participantes = participantes;
    this.registros = registros;
    this.mesas = mesas;
    this.compromisos = compromisos;
    this.runtimeService = runtimeService;
    this.tx = tx;
  }

  /** A year no other test uses for an edition. */
  public int nuevoAnio() {
    return ANIO.incrementAndGet();
  }

  /** A new edition of a year no other test uses, offering every axis, with a complete call. */
  public Ejercicio ejercicio() {
    return tx.execute(
        s -> {
          Ejercicio e = new Ejercicio(ANIO.incrementAndGet());
          e.getEjes().addAll(ejes.findByActivoTrueOrderByOrden());
          e = ejercicios.save(e);
          Convocatoria c = new Convocatoria(e);
          LocalDate base = LocalDate.of(e.getAnio(), 2, 1);
          c.setTitulo("Convocatoria de prueba " + e.getFolio());
          c.setTexto("Texto de la convocatoria");
          c.setContacto("gobiernoabierto@example.org");
          c.setFechaAperturaRegistro(base);
          c.setFechaCierreRegistro(base.plusDays(30));
          c.setFechaInicioCocreacion(base.plusDays(45));
          c.setFechaFinCocreacion(base.plusDays(120));
          c.setFechaLimiteAprobacion(base.plusDays(150));
          c.setFechaInicioPlan(base.plusDays(180));
          c.setFechaFinPlan(base.plusDays(180 + 365));
          convocatorias.save(c);
          return e;
        });
  }

  /** A new agency with its liaisons' group. */
  public SujetoObligado sujeto() {
    int n = SECUENCIA.incrementAndGet();
    return sujetos.registrar(
        "prueba" + n, "Dependencia de prueba " + n, "DP" + n, SujetoObligado.TipoSujeto.ESTATAL, null);
  }

  public EjeTematico eje(String clave) {
    return ejes.findByClave(clave).orElseThrow();
  }

  /** A confirmed (or, for GOBIERNO, validated) registration on the given axes. */
  public Registro registro(Ejercicio ejercicio, Sector sector, SujetoObligado sujeto, String... clavesEje) {
    return tx.execute(
        s -> {
          int n = SECUENCIA.incrementAndGet();
          Participante p = new Participante();
          p.setEjercicio(ejercicio);
          p.setNombre("Persona " + n);
          p.setCorreo("persona" + n + "@example.org");
          p.setSector(sector);
          p.setOrganizacion(sector == Sector.GOBIERNO ? sujeto.getNombre() : "Organización " + n);
          p.setSujetoObligado(sujeto);
          p.setAvisoPrivacidadVersion("1.0");
          p.setConsentimiento(Instant.now());
          p.setConfirmado(Instant.now());
          p = participantes.save(p);
          Registro r = new Registro();
          r.setEjercicio(ejercicio);
          r.setParticipante(p);
          r.setEstado(sector == Sector.GOBIERNO ? Registro.EstadoRegistro.VALIDADO : Registro.EstadoRegistro.CONFIRMADO);
          for (String clave : clavesEje) {
            r.getEjes().add(eje(clave));
          }
          return registros.save(r);
        });
  }

  /** An installed table of the axis with one agency liaison and two civil-society members. */
  public Mesa mesa(Ejercicio ejercicio, String claveEje, SujetoObligado sujeto) {
    List<Registro> integrantes =
        List.of(
            registro(ejercicio, Sector.GOBIERNO, sujeto, claveEje),
            registro(ejercicio, Sector.ORGANIZACION, null, claveEje),
            registro(ejercicio, Sector.CIUDADANIA, null, claveEje));
    return tx.execute(
        s -> {
          Mesa m = new Mesa();
          m.setEjercicio(ejercicio);
          m.setEje(eje(claveEje));
          m.setFolio(Mesa.folioDe(ejercicio.getFolio(), SECUENCIA.incrementAndGet()));
          m.setEstado(Mesa.EstadoMesa.INSTALADA);
          m.getIntegrantes().addAll(integrantes);
          return mesas.save(m);
        });
  }

  /** A draft commitment of the table, with two dated milestones, owned by the agency. */
  public Compromiso compromiso(Mesa mesa, SujetoObligado responsable) {
    return tx.execute(
        s -> {
          Ejercicio e = mesa.getEjercicio();
          int numero = compromisos.ultimoNumero(e.getId()) + 1;
          Compromiso c = new Compromiso();
          c.setEjercicio(e);
          c.setMesa(mesa);
          c.setEje(mesa.getEje());
          c.setNumero(numero);
          c.setFolio(Compromiso.folioDe(e.getFolio(), numero));
          c.setTitulo("Compromiso de prueba " + numero);
          c.setProblema("Problema público");
          c.setDescripcion("Descripción del compromiso");
          c.setSujetoResponsable(responsable);
          LocalDate inicio = LocalDate.of(e.getAnio(), 8, 1);
          c.setFechaInicio(inicio);
          c.setFechaFin(inicio.plusMonths(12));
          c.agregarHito(new Hito("Primer hito", "Informe", inicio, inicio.plusMonths(4)));
          c.agregarHito(new Hito("Segundo hito", "Portal", inicio.plusMonths(4), inicio.plusMonths(12)));
          return compromisos.save(c);
        });
  }

  /** An approved commitment, its agency and its plan period. */
  public record CompromisoAprobado(
      Long ejercicioId, Long compromisoId, String folio, SujetoObligado sujeto, LocalDate inicioPlan, LocalDate finPlan) {}

  /**
   * An APROBADO commitment with two milestones, of an edition whose action plan runs through the
   * whole calendar year after the edition's year: what the follow-up starts from.
   */
  public CompromisoAprobado compromisoAprobado() {
    Ejercicio ejercicio = ejercicio();
    LocalDate inicio = LocalDate.of(ejercicio.getAnio() + 1, 1, 1);
    LocalDate fin = LocalDate.of(ejercicio.getAnio() + 1, 12, 31);
    tx.executeWithoutResult(
        s -> {
          Convocatoria convocatoria = convocatorias.findByEjercicioId(ejercicio.getId()).orElseThrow();
          convocatoria.setFechaInicioPlan(inicio);
          convocatoria.setFechaFinPlan(fin);
          convocatorias.save(convocatoria);
        });
    SujetoObligado sujeto = sujeto();
    Compromiso compromiso = compromiso(mesa(ejercicio, "anticorrupcion", sujeto), sujeto);
    tx.executeWithoutResult(
        s -> {
          Compromiso c = compromisos.findById(compromiso.getId()).orElseThrow();
          c.setEstado(EstadoCompromiso.APROBADO);
          compromisos.save(c);
        });
    return new CompromisoAprobado(ejercicio.getId(), compromiso.getId(), compromiso.getFolio(), sujeto, inicio, fin);
  }

  /** The table's co-creation case, waiting for its sessions to be scheduled. */
  public ProcessInstance cocreacion(Mesa mesa) {
    return runtimeService.startProcessInstanceByKey(
        MesaBpmn.KEY,
        mesa.getFolio(),
        Map.of(MesaBpmn.VAR_EJERCICIO_ID, mesa.getEjercicio().getId(), MesaBpmn.VAR_MESA_ID, mesa.getId()));
  }

  /** The approval case of a draft commitment, waiting for the STL's review. */
  public ProcessInstance aprobacion(Compromiso compromiso) {
    return runtimeService.startProcessInstanceByKey(
        AprobacionCompromisoBpmn.KEY,
        compromiso.getFolio(),
        Map.of(
            AprobacionCompromisoBpmn.VAR_EJERCICIO_ID, compromiso.getEjercicio().getId(),
            AprobacionCompromisoBpmn.VAR_COMPROMISO_ID, compromiso.getId()));
  }

  /** The follow-up case of an approved commitment, waiting for its report cycle and its plan's end. */
  public ProcessInstance seguimiento(CompromisoAprobado caso) {
    return runtimeService.startProcessInstanceByKey(
        SeguimientoBpmn.KEY,
        caso.folio(),
        Map.of(SeguimientoBpmn.VAR_EJERCICIO_ID, caso.ejercicioId(), SeguimientoBpmn.VAR_COMPROMISO_ID, caso.compromisoId()));
  }

  /** The edition's case started right before one of its steps (e.g. signing the plan, the final report). */
  public ProcessInstance edicionEn(Ejercicio ejercicio, String actividad) {
    return runtimeService
        .createProcessInstanceByKey(EjercicioBpmn.KEY)
        .businessKey(ejercicio.getFolio())
        .setVariable(EjercicioBpmn.VAR_EJERCICIO_ID, ejercicio.getId())
        .setVariable(EjercicioBpmn.VAR_FECHA_INICIO_PLAN, new Date())
        .startBeforeActivity(actividad)
        .execute();
  }
}
