package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the draft commitments a co-creation table writes: validates them against the OGP
 * template (required fields, dated milestones, coherent dates, an active responsible agency) and
 * numbers them within the edition. The numbering rule {@code EGA-<year>-C-<nnn>} lives here only.
 */
@Service
public class BorradorCompromisoService {

  /** Decision logged for each new draft. */
  public static final String DECISION_BORRADOR = "BORRADOR";
  /** Entity name in the decision log. */
  public static final String ENTIDAD_COMPROMISO = "Compromiso";

  private static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CompromisoRepository compromisos;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final EntityManager entityManager;

  BorradorCompromisoService(
      CompromisoRepository compromisos,
      SujetoObligadoService sujetos,
      Auditoria auditoria,
      EntityManager entityManager) {
    this.compromisos = compromisos;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.entityManager = entityManager;
  }

  /** A draft commitment as the table writes it (OGP template). */
  public record Borrador(
      String titulo,
      String problema,
      String statusQuo,
      String descripcion,
      String comoResuelve,
      Set<ValorGobiernoAbierto> valores,
      Long sujetoResponsableId,
      String otrosActores,
      String contacto,
      LocalDate fechaInicio,
      LocalDate fechaFin,
      List<BorradorHito> hitos) {}

  /** A milestone of a draft commitment. */
  public record BorradorHito(String descripcion, String productoEsperado, LocalDate fechaInicio, LocalDate fechaFin) {}

  /**
   * Validates and stores the drafts of a table, each as a {@link Compromiso} in state BORRADOR with
   * its milestones, numbered after the last commitment of the edition, and logs each draft.
   *
   * @throws ValidacionException (Spanish message) when a draft breaks a rule; nothing is stored
   */
  @Transactional
  public List<Compromiso> crear(Mesa mesa, List<Borrador> borradores, String usuario) {
    validar(borradores, id -> sujetos.buscar(id).map(SujetoObligado::isActivo).orElse(false));
    // Tables of one edition draft in parallel: serialize the numbering on the edition's row
    Ejercicio ejercicio =
        entityManager.find(Ejercicio.class, mesa.getEjercicio().getId(), LockModeType.PESSIMISTIC_WRITE);
    int numero = compromisos.ultimoNumero(ejercicio.getId());
    List<Compromiso> creados = new ArrayList<>();
    for (Borrador b : borradores) {
      numero++;
      Compromiso c = new Compromiso();
      c.setEjercicio(ejercicio);
      c.setMesa(mesa);
      c.setEje(mesa.getEje());
      c.setNumero(numero);
      c.setFolio(Compromiso.folioDe(ejercicio.getFolio(), numero));
      c.setTitulo(b.titulo());
      c.setProblema(b.problema());
      c.setStatusQuo(b.statusQuo());
      c.setDescripcion(b.descripcion());
      c.setComoResuelve(b.comoResuelve());
      c.setValores(
          b.valores().stream().sorted().map(ValorGobiernoAbierto::name).collect(Collectors.joining(",")));
      c.setSujetoResponsable(sujetos.porId(b.sujetoResponsableId()));
      c.setOtrosActores(b.otrosActores());
      c.setContacto(b.contacto());
      c.setFechaInicio(b.fechaInicio());
      c.setFechaFin(b.fechaFin());
      c.setEstado(EstadoCompromiso.BORRADOR);
      for (BorradorHito h : b.hitos()) {
        c.agregarHito(new Hito(h.descripcion(), h.productoEsperado(), h.fechaInicio(), h.fechaFin()));
      }
      c = compromisos.save(c);
      auditoria.registrar(
          c.getFolio(), ENTIDAD_COMPROMISO, c.getId(), DECISION_BORRADOR, usuario,
          "Borrador redactado por la mesa " + mesa.getFolio() + ": " + c.getTitulo());
      creados.add(c);
    }
    return creados;
  }

  /**
   * The rules of a draft commitment: required template fields and lengths, at least one
   * open-government value, an active responsible agency, start and end dates with end not before
   * start, and at least one milestone, each with a description and an end date, within the
   * commitment's dates.
   *
   * @param sujetoActivo whether an agency id exists and is active
   * @throws ValidacionException with the first broken rule, in Spanish
   */
  public static void validar(List<Borrador> borradores, Predicate<Long> sujetoActivo) {
    if (borradores == null || borradores.isEmpty()) {
      throw new ValidacionException("Agregue al menos un compromiso.");
    }
    for (int i = 0; i < borradores.size(); i++) {
      Borrador b = borradores.get(i);
      String c = "Compromiso " + (i + 1);
      requerido(b.titulo(), c + ": el título es obligatorio.");
      longitud(b.titulo(), 300, c + ": el título");
      requerido(b.problema(), c + ": el problema público que atiende es obligatorio.");
      longitud(b.problema(), 4000, c + ": el problema");
      longitud(b.statusQuo(), 4000, c + ": el status quo");
      requerido(b.descripcion(), c + ": la descripción es obligatoria.");
      longitud(b.descripcion(), 8000, c + ": la descripción");
      longitud(b.comoResuelve(), 4000, c + ": «¿Cómo resuelve el problema?»");
      longitud(b.otrosActores(), 2000, c + ": «Otros actores involucrados»");
      longitud(b.contacto(), 500, c + ": el contacto");
      if (b.valores() == null || b.valores().isEmpty()) {
        throw new ValidacionException(c + ": elija al menos un valor de gobierno abierto al que es relevante.");
      }
      if (b.sujetoResponsableId() == null) {
        throw new ValidacionException(c + ": elija el sujeto obligado responsable.");
      }
      if (!sujetoActivo.test(b.sujetoResponsableId())) {
        throw new ValidacionException(c + ": el sujeto obligado responsable no existe o no está activo.");
      }
      if (b.fechaInicio() == null) {
        throw new ValidacionException(c + ": la fecha de inicio es obligatoria.");
      }
      if (b.fechaFin() == null) {
        throw new ValidacionException(c + ": la fecha de fin es obligatoria.");
      }
      if (b.fechaFin().isBefore(b.fechaInicio())) {
        throw new ValidacionException(
            c + ": la fecha de fin (" + b.fechaFin().format(DD_MM_AAAA)
                + ") es anterior a la de inicio (" + b.fechaInicio().format(DD_MM_AAAA) + ").");
      }
      if (b.hitos() == null || b.hitos().isEmpty()) {
        throw new ValidacionException(c + ": agregue al menos un hito con su fecha.");
      }
      for (int j = 0; j < b.hitos().size(); j++) {
        validarHito(b, b.hitos().get(j), c + ", hito " + (j + 1));
      }
    }
  }

  private static void validarHito(Borrador b, BorradorHito h, String etiqueta) {
    requerido(h.descripcion(), etiqueta + ": la descripción es obligatoria.");
    longitud(h.descripcion(), 1000, etiqueta + ": la descripción");
    longitud(h.productoEsperado(), 1000, etiqueta + ": el producto esperado");
    if (h.fechaFin() == null) {
      throw new ValidacionException(etiqueta + ": la fecha de fin es obligatoria.");
    }
    if (h.fechaInicio() != null && h.fechaFin().isBefore(h.fechaInicio())) {
      throw new ValidacionException(etiqueta + ": la fecha de fin es anterior a la de inicio.");
    }
    LocalDate inicio = h.fechaInicio() != null ? h.fechaInicio() : h.fechaFin();
    if (inicio.isBefore(b.fechaInicio()) || h.fechaFin().isAfter(b.fechaFin())) {
      throw new ValidacionException(
          etiqueta + ": sus fechas deben quedar entre el inicio (" + b.fechaInicio().format(DD_MM_AAAA)
              + ") y el fin (" + b.fechaFin().format(DD_MM_AAAA) + ") del compromiso.");
    }
  }

  private static void requerido(String valor, String mensaje) {
    if (valor == null || valor.isBlank()) {
      throw new ValidacionException(mensaje);
    }
  }

  private static void longitud(String valor, int maximo, String campo) {
    if (valor != null && valor.length() > maximo) {
      throw new ValidacionException(campo + " admite como máximo " + maximo + " caracteres.");
    }
  }
}
