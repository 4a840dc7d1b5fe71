package mx.infoqro.gobiernoabierto.mesa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.DatosContacto;
import mx.infoqro.gobiernoabierto.mesa.SesionStl.EstadoSesionStl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of the forum's sessions: each session held (with or without quorum, with
 * its date) and, for those whose minutes are published, its attendance per party, agreements and
 * minutes. Scheduled sessions show only their date and agenda. Texts typed by staff are public with
 * any e-mail or phone in them hidden ({@link DatosContacto#ocultar}).
 */
@Service
public class ConsultaSesionesStl {

  private final SesionStlRepository sesiones;

  ConsultaSesionesStl(SesionStlRepository sesiones) {
    this.sesiones = sesiones;
  }

  /** A session as the portal shows it; the record's fields are null where not public yet. */
  public record VistaSesionStl(
      String folio,
      int numero,
      OffsetDateTime fechaHora,
      EstadoSesionStl estado,
      String ordenDia,
      String lugar,
      String enlace,
      Instant celebrada,
      Instant actaPublicada,
      Integer asistentesComision,
      Integer asistentesGobierno,
      Integer asistentesSociedadCivil,
      String listaAsistencia,
      String acuerdos,
      String acta) {

    /** Held with quorum and its minutes public. */
    public boolean publicada() {
      return actaPublicada != null;
    }
  }

  /** Every session of the edition's forum, by number. */
  @Transactional(readOnly = true)
  public List<VistaSesionStl> deEjercicio(Long ejercicioId) {
    return sesiones.findByEjercicioIdOrderByNumero(ejercicioId).stream().map(ConsultaSesionesStl::vista).toList();
  }

  /** Every session of every edition's forum, by edition (most recent first) and number: the open dataset. */
  @Transactional(readOnly = true)
  public List<VistaSesionStl> todas() {
    return sesiones.findAllByOrderByEjercicioAnioDescNumeroAsc().stream().map(ConsultaSesionesStl::vista).toList();
  }

  private static VistaSesionStl vista(SesionStl s) {
    boolean publica = s.getActaPublicada() != null;
    return new VistaSesionStl(
        SesionesStl.folio(s), s.getNumero(), s.getFechaHora(), s.getEstado(), DatosContacto.ocultar(s.getOrdenDia()),
        DatosContacto.ocultar(s.getLugar()), s.getEnlace(), s.getCelebrada(),
        s.getActaPublicada(),
        publica ? s.getAsistentesComision() : null,
        publica ? s.getAsistentesGobierno() : null,
        publica ? s.getAsistentesSociedadCivil() : null,
        publica ? DatosContacto.ocultar(s.getListaAsistencia()) : null,
        publica ? DatosContacto.ocultar(s.getAcuerdos()) : null,
        publica ? DatosContacto.ocultar(s.getActa()) : null);
  }
}
