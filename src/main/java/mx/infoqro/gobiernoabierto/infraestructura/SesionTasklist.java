package mx.infoqro.gobiernoabierto.infraestructura;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff member logged in to Tasklist is logged in to the staff pages too, for the request: the
 * Tasklist forms of a progress report link to its evidence page (opened beside Tasklist, same
 * origin, the same HTTP session), which must know the user Tasklist knows. The Camunda webapps keep their login in
 * the session ({@link AuthenticationUtil#getAuthsFromSession}): its user and groups become the
 * request's authentication (with the {@code GRUPO_<group>} authorities of {@link
 * AutenticacionCamunda}); nothing is written to the session. Logging out of Tasklist ends it.
 */
class SesionTasklist extends OncePerRequestFilter {

  static final String MOTOR = "default";

  @Override
  protected void doFilterInternal(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    var contexto = SecurityContextHolder.getContext();
    HttpSession sesion = peticion.getSession(false);
    if ((contexto.getAuthentication() == null || !contexto.getAuthentication().isAuthenticated()) && sesion != null) {
      Authentications camunda = AuthenticationUtil.getAuthsFromSession(sesion);
      Authentication usuario = camunda == null ? null : camunda.getAuthenticationForProcessEngine(MOTOR);
      if (usuario instanceof UserAuthentication u && u.getGroupIds() != null) {
        List<SimpleGrantedAuthority> grupos =
            u.getGroupIds().stream().map(g -> new SimpleGrantedAuthority(Grupos.autoridad(g))).toList();
        var autenticado = UsernamePasswordAuthenticationToken.authenticated(u.getName(), null, grupos);
        var nuevo = SecurityContextHolder.createEmptyContext();
        nuevo.setAuthentication(autenticado);
        SecurityContextHolder.setContext(nuevo);
        try {
          cadena.doFilter(peticion, respuesta);
        } finally {
          SecurityContextHolder.setContext(contexto);
        }
        return;
      }
    }
    cadena.doFilter(peticion, respuesta);
  }
}
