package mx.infoqro.gobiernoabierto.comun;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Users and groups in Camunda's identity service, created idempotently. */
@Service
public class Identidad {

  private final IdentityService identityService;

  Identidad(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the group if it does not exist. */
  public void asegurarGrupo(String id, String nombre, String tipo) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group grupo = identityService.newGroup(id);
      grupo.setName(nombre);
      grupo.setType(tipo);
      identityService.saveGroup(grupo);
    }
  }

  /** The groups of a type ({@code SUJETO_OBLIGADO}: every agency's liaisons), as {id, name}. */
  public java.util.List<String[]> grupos(String tipo) {
    return identityService.createGroupQuery().groupType(tipo).list().stream()
        .map(g -> new String[] {g.getId(), g.getName()}).toList();
  }

  /** Creates the user if it does not exist and makes it a member of the groups. */
  public void asegurarUsuario(
      String id, String nombre, String apellido, String correo, String contrasena, String... grupos) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User usuario = identityService.newUser(id);
      usuario.setFirstName(nombre);
      usuario.setLastName(apellido);
      usuario.setEmail(correo);
      usuario.setPassword(contrasena);
      identityService.saveUser(usuario);
    }
    for (String grupo : grupos) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(grupo).count() == 0) {
        identityService.createMembership(id, grupo);
      }
    }
  }
}
