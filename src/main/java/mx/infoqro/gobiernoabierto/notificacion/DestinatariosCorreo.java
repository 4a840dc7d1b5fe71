package mx.infoqro.gobiernoabierto.notificacion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who receives a message of the outbox ({@link EnvioCorreoService}): a person's address, or the
 * members of a group.
 */
@Component
class DestinatariosCorreo {

  private final IdentityService identityService;
  private final SujetoObligadoService sujetos;
  private final MessageSource mensajes;

  DestinatariosCorreo(IdentityService identityService, SujetoObligadoService sujetos, MessageSource mensajes) {
    this.identityService = identityService;
    this.sujetos = sujetos;
    this.mensajes = mensajes;
  }

  /**
   * The addresses of the message: its e-mail, or every member of its group that has one; for an
   * agency's group without such members, the agency's official liaison address.
   */
  Set<String> de(Notificacion n) {
    Set<String> correos = new LinkedHashSet<>();
    if (StringUtils.hasText(n.getDestinatarioCorreo())) {
      correos.add(n.getDestinatarioCorreo().strip());
    } else if (StringUtils.hasText(n.getDestinatarioGrupo())) {
      List<User> integrantes = identityService.createUserQuery().memberOfGroup(n.getDestinatarioGrupo()).list();
      for (User u : integrantes) {
        if (StringUtils.hasText(u.getEmail())) {
          correos.add(u.getEmail().strip());
        }
      }
      if (correos.isEmpty()) {
        // An agency whose liaisons have no account yet is reached at its official liaison address
        SujetoObligado.claveDeGrupo(n.getDestinatarioGrupo())
            .flatMap(sujetos::porClave)
            .map(SujetoObligado::getCorreoEnlace)
            .filter(StringUtils::hasText)
            .ifPresent(correo -> correos.add(correo.strip()));
      }
      if (correos.isEmpty()) {
        throw new SinDestinatarios(texto("correo.error.sin-destinatarios", n.getDestinatarioGrupo()));
      }
    } else {
      throw new SinDestinatarios(texto("correo.error.sin-destinatario"));
    }
    return correos;
  }

  private String texto(String clave, Object... argumentos) {
    return mensajes.getMessage(clave, argumentos, PlantillasCorreo.ES_MX);
  }

  /** A message nobody can receive: its reason, in Spanish. */
  static final class SinDestinatarios extends RuntimeException {
    SinDestinatarios(String mensaje) {
      super(mensaje);
    }
  }
}
