package mx.infoqro.gobiernoabierto.seguimiento;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.comun.AvisoPrivacidad;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ReglasRegistro;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows which commitment of a published plan. From the commitment's page a follow is
 * confirmed by e-mail (double opt-in, with the short privacy notice and consent as in the
 * registration); from the participant's personal page it is one click (their address is already
 * confirmed); the registered authors of the proposals a commitment incorporated follow it when the
 * plan is published ({@link AutoresComoSeguidores}). Every mail to a follower ({@link
 * AvisosSeguidores}) carries a one-click unfollow link ({@link EnlacesSeguidor}); ARCO opposition
 * is honoured by {@link Notificador}, cancellation by {@link #olvidar}.
 */
@Service
public class SeguidoresCompromiso {

  static final String NOTIFICACION_CONFIRMAR = "SEGUIMIENTO_CONFIRMAR";
  static final String NOTIFICACION_YA_ACTIVO = "SEGUIMIENTO_YA_ACTIVO";

  private final SeguidorCompromisoRepository seguidores;
  private final ConsultaCompromisos compromisos;
  private final CompromisosPublicados publicados;
  private final Notificador notificador;
  private final EnlacesSeguidor enlaces;
  private final AvisoPrivacidad aviso;
  private final Plazos plazos;
  private final Duration vigenciaConfirmacion;

  SeguidoresCompromiso(
      SeguidorCompromisoRepository seguidores,
      ConsultaCompromisos compromisos,
      CompromisosPublicados publicados,
      Notificador notificador,
      EnlacesSeguidor enlaces,
      AvisoPrivacidad aviso,
      Plazos plazos,
      @Value("${gobierno-abierto.enlaces.vigencia-confirmacion:P3D}") Duration vigenciaConfirmacion) {
    this.seguidores = seguidores;
    this.compromisos = compromisos;
    this.publicados = publicados;
    this.notificador = notificador;
    this.enlaces = enlaces;
    this.aviso = aviso;
    this.plazos = plazos;
    this.vigenciaConfirmacion = vigenciaConfirmacion;
  }

  /**
   * Someone asks on the commitment's page to follow it: a pending follow and the mail with its
   * confirmation link (an address that already follows gets a mail saying so instead). The screen
   * answers the same either way.
   *
   * @throws ValidacionException when the address is missing or malformed or consent was not given
   *     (about the field {@code correo} or {@code consentimiento}); nothing is stored then
   */
  @Transactional
  public void solicitar(Long compromisoId, String correo, boolean consentimiento) {
    String limpio = correo == null ? null : correo.strip();
    if (limpio == null || limpio.isEmpty()) {
      throw ValidacionException.enCampo("correo", "rendicion.seguir.error.correo");
    }
    if (!ReglasRegistro.correoValido(limpio)) {
      throw ValidacionException.enCampo("correo", "rendicion.seguir.error.correo-formato");
    }
    if (!consentimiento) {
      throw ValidacionException.enCampo("consentimiento", "rendicion.seguir.error.consentimiento");
    }
    Compromiso compromiso = publicado(compromisoId);
    Instant ahora = plazos.ahora().toInstant();
    SeguidorCompromiso s =
        seguidores.findFirstByCompromisoIdAndCorreoIgnoreCase(compromisoId, limpio).orElseGet(() -> nuevo(compromiso, limpio));
    if (s.getEstado() == SeguidorCompromiso.Estado.ACTIVO) {
      notificador.aCorreo(
          compromiso.getFolio(), NOTIFICACION_YA_ACTIVO, s.getCorreo(), compromiso.getFolio(), compromiso.getTitulo(),
          enlaces.urlCompromiso(compromiso.getFolio()), enlaces.urlBaja(s));
      return;
    }
    String token = EnlacesSeguidor.token();
    s.setEstado(SeguidorCompromiso.Estado.PENDIENTE);
    s.setOrigen(SeguidorCompromiso.Origen.PORTAL);
    s.setTokenConfirmacionHash(EnlacesSeguidor.hash(token));
    s.setConfirmacionExpira(ahora.plus(vigenciaConfirmacion));
    s.setAvisoPrivacidadVersion(aviso.getVersion());
    s.setConsentimiento(ahora);
    s.setBaja(null);
    seguidores.save(s);
    notificador.aCorreo(
        compromiso.getFolio(), NOTIFICACION_CONFIRMAR, s.getCorreo(), compromiso.getFolio(), compromiso.getTitulo(),
        enlaces.urlConfirmacion(token), enlaces.urlBaja(s));
  }

  /** Confirms a pending follow by its e-mailed link; the commitment's folio, or empty for an unknown or expired link. */
  @Transactional
  public Optional<String> confirmar(String token) {
    Instant ahora = plazos.ahora().toInstant();
    return porConfirmar(token, ahora)
        .map(
            s -> {
              if (s.getEstado() == SeguidorCompromiso.Estado.PENDIENTE) {
                s.setEstado(SeguidorCompromiso.Estado.ACTIVO);
                s.setConfirmado(ahora);
              }
              return s.getCompromiso().getFolio();
            });
  }

  /**
   * What the e-mailed confirmation link shows before its button is pressed: the commitment's
   * folio while the link is valid (opening the link changes nothing), or empty.
   */
  @Transactional(readOnly = true)
  public Optional<String> enlaceConfirmacion(String token) {
    return porConfirmar(token, plazos.ahora().toInstant()).map(s -> s.getCompromiso().getFolio());
  }

  private Optional<SeguidorCompromiso> porConfirmar(String token, Instant ahora) {
    if (!EnlacesSeguidor.tokenPlausible(token)) {
      return Optional.empty();
    }
    return seguidores
        .findByTokenConfirmacionHash(EnlacesSeguidor.hash(token))
        .filter(s -> s.getEstado() != SeguidorCompromiso.Estado.BAJA)
        .filter(s -> s.getConfirmacionExpira() != null && s.getConfirmacionExpira().isAfter(ahora));
  }

  /** One click from any mail: the follow ends. The commitment's folio, or empty for an unknown link. */
  @Transactional
  public Optional<String> dejar(String tokenBaja) {
    if (!EnlacesSeguidor.tokenPlausible(tokenBaja)) {
      return Optional.empty();
    }
    return seguidores
        .findByTokenBaja(tokenBaja)
        .map(
            s -> {
              if (s.getEstado() != SeguidorCompromiso.Estado.BAJA) {
                s.setEstado(SeguidorCompromiso.Estado.BAJA);
                s.setBaja(plazos.ahora().toInstant());
                s.setTokenConfirmacionHash(null);
              }
              return s.getCompromiso().getFolio();
            });
  }

  /** A registered participant follows (or stops following) a commitment from their personal page. */
  @Transactional
  public void seguirComoParticipante(Participante participante, Long compromisoId, boolean seguir) {
    Compromiso compromiso = publicado(compromisoId);
    Optional<SeguidorCompromiso> existente =
        seguidores.findFirstByCompromisoIdAndCorreoIgnoreCase(compromisoId, participante.getCorreo());
    if (!seguir) {
      existente.ifPresent(s -> dejar(s.getTokenBaja()));
      return;
    }
    SeguidorCompromiso s = existente.orElseGet(() -> nuevo(compromiso, participante.getCorreo()));
    activar(s, participante, SeguidorCompromiso.Origen.PARTICIPACION);
  }

  /** The commitments a participant follows (ids). */
  @Transactional(readOnly = true)
  public Set<Long> seguidosPor(Long participanteId) {
    return new HashSet<>(seguidores.compromisosDe(participanteId, SeguidorCompromiso.Estado.ACTIVO));
  }

  /**
   * A registered author of a proposal the commitment incorporated follows it on the plan's
   * publication ({@link AutoresComoSeguidores}), unless a follow of their address exists (active,
   * pending or ended).
   */
  void seguirComoAutor(Compromiso compromiso, Participante autor) {
    if (seguidores.findFirstByCompromisoIdAndCorreoIgnoreCase(compromiso.getId(), autor.getCorreo()).isEmpty()) {
      activar(nuevo(compromiso, autor.getCorreo()), autor, SeguidorCompromiso.Origen.PROPUESTA);
    }
  }

  /** ARCO cancellation: every follow of the person is erased (their address or their participant id). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void olvidar(String correo, Long participanteId) {
    seguidores.borrar(correo == null ? "" : correo.strip().toLowerCase(Locale.ROOT), participanteId);
  }

  /** The active followers of a commitment. */
  List<SeguidorCompromiso> activos(Long compromisoId) {
    return seguidores.findByCompromisoIdAndEstado(compromisoId, SeguidorCompromiso.Estado.ACTIVO);
  }

  /** The active followers of every commitment of an edition. */
  List<SeguidorCompromiso> activosDeEjercicio(Long ejercicioId) {
    return seguidores.deEjercicio(ejercicioId, SeguidorCompromiso.Estado.ACTIVO);
  }

  private void activar(SeguidorCompromiso s, Participante participante, SeguidorCompromiso.Origen origen) {
    Instant ahora = plazos.ahora().toInstant();
    s.setParticipanteId(participante.getId());
    if (s.getEstado() != SeguidorCompromiso.Estado.ACTIVO) {
      s.setOrigen(origen);
      s.setEstado(SeguidorCompromiso.Estado.ACTIVO);
      s.setConfirmado(ahora);
      s.setBaja(null);
      s.setTokenConfirmacionHash(null);
      s.setAvisoPrivacidadVersion(participante.getAvisoPrivacidadVersion());
      s.setConsentimiento(origen == SeguidorCompromiso.Origen.PARTICIPACION ? ahora : participante.getConsentimiento());
    }
    seguidores.save(s);
  }

  private SeguidorCompromiso nuevo(Compromiso compromiso, String correo) {
    SeguidorCompromiso s = new SeguidorCompromiso();
    s.setCompromiso(compromiso);
    s.setCorreo(correo.strip());
    s.setOrigen(SeguidorCompromiso.Origen.PORTAL);
    s.setTokenBaja(EnlacesSeguidor.token());
    s.setCreado(plazos.ahora().toInstant());
    return s;
  }

  private Compromiso publicado(Long compromisoId) {
    if (!publicados.publicado(compromisoId)) {
      throw new IllegalArgumentException("Compromiso " + compromisoId + " is not part of a published plan");
    }
    return compromisos.compromiso(compromisoId);
  }
}
