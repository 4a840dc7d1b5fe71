package mx.infoqro.gobiernoabierto.infraestructura;

import mx.infoqro.gobiernoabierto.gestion.PaginaGestion;
import mx.infoqro.gobiernoabierto.portal.EncabezadosSeguridad;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Who may do what on the web, in three filter chains:
 *
 * <ol>
 *   <li>The Camunda webapps ({@code /camunda}) and the REST API ({@code /engine-rest}) keep their own
 *       protection: the webapps' login and CSRF filter, HTTP Basic on the API ({@link
 *       RestSecurityConfig}); Spring Security stays out of their way.
 *   <li>The staff pages of the portal ({@code /gestion}) need a login against Camunda's identity
 *       service (the same users and groups as Tasklist, checked by {@link AutenticacionCamunda});
 *       each page requires the groups it serves ({@code GRUPO_<group>} authorities).
 *   <li>The public portal: open to everyone, every form protected by a CSRF token.
 * </ol>
 *
 * <p>The portal's security headers (CSP, HSTS...) are set in one place, {@code
 * portal.EncabezadosSeguridad}; here only staff pages add {@code Cache-Control: no-store}.
 *
 * <p>Nothing here needs the engine or a service (the login provider is {@link
 * AutenticacionCamunda}), so web test slices import these chains as they are ({@code
 * SeguridadWebPrueba} in the tests).
 */
@Configuration
class SeguridadWeb {

  /**
   * No Micrometer observation per security filter: every request opened and closed one for each of
   * the chain's filters (a few percent of a public form's CPU in the profile of bench B2). Requests
   * are still measured as a whole ({@code http_server_requests}).
   */
  @Bean
  SecurityObservationSettings sinObservacionesPorFiltro() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    // Matched on the whole path: Spring MVC's matchers would see only the path inside Jersey's servlet
    return http.securityMatcher(
            peticion ->
                EncabezadosSeguridad.esDeCamunda(
                    peticion.getRequestURI().substring(peticion.getContextPath().length())))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        // The webapps carry Camunda's own CSRF filter; the REST API is stateless with HTTP Basic
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain gestion(HttpSecurity http) throws Exception {
    return http.securityMatcher("/gestion/**", "/gestion")
        .authorizeHttpRequests(
            a -> {
              a.requestMatchers("/gestion/entrar").permitAll();
              // each staff page for its groups (one table: gestion/PaginaGestion); others get 403
              for (PaginaGestion pagina : PaginaGestion.values()) {
                a.requestMatchers(pagina.patrones()).hasAnyAuthority(pagina.autoridades());
              }
              a.anyRequest().authenticated();
            })
        .formLogin(
            f -> f.loginPage("/gestion/entrar").defaultSuccessUrl("/gestion", false).failureUrl("/gestion/entrar?error"))
        .logout(l -> l.logoutUrl("/gestion/salir").logoutSuccessUrl("/gestion/entrar?salida"))
        // logged in to Tasklist, logged in here: the evidence page inside a Tasklist form (SesionTasklist)
        .addFilterBefore(new SesionTasklist(), AnonymousAuthenticationFilter.class)
        .headers(h -> h.defaultsDisabled().cacheControl(Customizer.withDefaults()))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain portal(
      HttpSecurity http, @Value("${server.servlet.session.cookie.secure:true}") boolean cookieSegura)
      throws Exception {
    // Visitors get no HTTP session: the forms' CSRF token travels in a cookie (HttpOnly, like the
    // session cookie), so a registration peak writes no session rows and any node checks any token
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieCustomizer(c -> c.secure(cookieSegura).sameSite("Lax"));
    return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.csrfTokenRepository(tokens))
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .build();
  }
}
