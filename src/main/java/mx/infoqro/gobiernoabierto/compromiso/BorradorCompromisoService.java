package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the draft commitments a co-creation table writes: validates them against the OGP
 * template ({@link ReglasCompromiso#validarBorradores}) and numbers them within the edition. The
 * numbering rule {@code EGA-<year>-C-<nnn>} lives here only.
 */
@Service
public class BorradorCompromisoService {

  /** Decision logged for each new draft. */
  public static final String DECISION_BORRADOR = "BORRADOR";
  /** Entity name in the decision log. */
  public static final String ENTIDAD_COMPROMISO = "Compromiso";

  private final CompromisoRepository compromisos;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final EntityManager entityManager;
  private final Plazos plazos;

  BorradorCompromisoService(
      CompromisoRepository compromisos,
      SujetoObligadoService sujetos,
      Auditoria auditoria,
      EntityManager entityManager,
      Plazos plazos) {
    this.compromisos = compromisos;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.entityManager = entityManager;
    this.plazos = plazos;
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
    ReglasCompromiso.validarBorradores(borradores, id -> sujetos.buscar(id).map(SujetoObligado::isActivo).orElse(false));
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
      aplicar(b, c, sujetos.porId(b.sujetoResponsableId()));
      c.setEstado(EstadoCompromiso.BORRADOR);
      c.setCreado(plazos.ahora().toInstant());
      for (BorradorHito h : b.hitos()) {
        c.agregarHito(new Hito(h.descripcion(), h.productoEsperado(), h.fechaInicio(), h.fechaFin()));
      }
      c = compromisos.save(c);
      auditoria.registrar(
          c.getFolio(), ENTIDAD_COMPROMISO, c.getId(), DECISION_BORRADOR, usuario,
          Mensajes.texto("compromiso.auditoria.borrador", mesa.getFolio(), c.getTitulo()));
      creados.add(c);
    }
    return creados;
  }

  /** Writes the template fields of a draft (all but its milestones) on the commitment. */
  static void aplicar(Borrador b, Compromiso c, SujetoObligado sujetoResponsable) {
    c.setTitulo(b.titulo());
    c.setProblema(b.problema());
    c.setStatusQuo(b.statusQuo());
    c.setDescripcion(b.descripcion());
    c.setComoResuelve(b.comoResuelve());
    c.setValores(b.valores().stream().sorted().map(ValorGobiernoAbierto::name).collect(Collectors.joining(",")));
    c.setSujetoResponsable(sujetoResponsable);
    c.setOtrosActores(b.otrosActores());
    c.setContacto(b.contacto());
    c.setFechaInicio(b.fechaInicio());
    c.setFechaFin(b.fechaFin());
  }
}
