package mx.infoqro.gobiernoabierto.infraestructura;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Staff logins (the staff pages' form login, HTTP Basic on the metrics) are checked by Camunda's
 * identity service, the same users and groups as Tasklist; each group becomes a {@code
 * GRUPO_<group>} authority. The only part of the web security that needs the engine, so it is
 * kept apart from {@link SeguridadWeb}, whose filter chains a web test slice can then load.
 */
// Named apart: the provider keeps the bean name autenticacionCamunda, the class's default name
@Configuration(value = "configuracionAutenticacionCamunda", proxyBeanMethods = false)
class AutenticacionCamunda {

  @Bean
  AuthenticationProvider autenticacionCamunda(IdentityService identidad) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication intento) {
        String usuario = intento.getName();
        String clave = intento.getCredentials() == null ? "" : intento.getCredentials().toString();
        if (usuario == null || usuario.isBlank() || !identidad.checkPassword(usuario, clave)) {
          throw new BadCredentialsException("Usuario o contraseña incorrectos");
        }
        List<SimpleGrantedAuthority> grupos =
            identidad.createGroupQuery().groupMember(usuario).list().stream()
                .map(Group::getId)
                .map(g -> new SimpleGrantedAuthority(Grupos.autoridad(g)))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(usuario, null, grupos);
      }

      @Override
      public boolean supports(Class<?> tipo) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(tipo);
      }
    };
  }
}
