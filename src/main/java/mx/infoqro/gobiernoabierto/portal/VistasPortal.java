package mx.infoqro.gobiernoabierto.portal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import mx.infoqro.gobiernoabierto.ejercicio.FaseEjercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa.EstadoMesa;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;

/**
 * What the public pages show, read in one transaction and holding no entity and no personal data
 * (views never load lazy associations: open-in-view is off).
 */
public final class VistasPortal {

  private VistasPortal() {}

  /** The state of the registration window today. */
  public enum EstadoRegistro {
    PROXIMO,
    ABIERTO,
    CERRADO
  }

  /** The current edition and its published call. */
  public record Edicion(
      String folio,
      int anio,
      FaseEjercicio fase,
      Convocatoria convocatoria,
      List<Eje> ejes,
      List<MesaResumen> mesas,
      EstadoRegistro registro) {

    public boolean hayMesas() {
      return !mesas.isEmpty();
    }
  }

  /** A published call. */
  public record Convocatoria(
      String titulo,
      String texto,
      String contacto,
      int version,
      LocalDate publicada,
      LocalDate aperturaRegistro,
      LocalDate cierreRegistro,
      List<Hito> calendario) {}

  /** One date of the timeline; {@code clave} names it in messages ({@code portal.calendario.*}). */
  public record Hito(String clave, LocalDate fecha) {}

  public record Eje(String nombre, String descripcion) {}

  public record MesaResumen(Long id, String folio, String eje, EstadoMesa estado) {}

  /** A table's public page. */
  public record MesaPublica(
      Long id,
      String folio,
      String edicion,
      String eje,
      String ejeDescripcion,
      EstadoMesa estado,
      String motivoDesierta,
      boolean conFacilitacion,
      List<SesionPublica> sesiones,
      List<PropuestaPublica> propuestas) {}

  public record SesionPublica(
      int numero,
      ZonedDateTime fechaHora,
      String lugar,
      String enlace,
      EstadoSesion estado,
      Integer asistentes,
      String listaAsistencia,
      String acta,
      LocalDate actaPublicada) {}

  public record PropuestaPublica(
      Long id,
      String autor,
      Integer sesion,
      LocalDate recibida,
      String problema,
      String causa,
      String propuesta,
      DecisionRespuesta decision,
      String razon,
      LocalDate respondida,
      Long fusionadaCon,
      String compromiso) {}
}
