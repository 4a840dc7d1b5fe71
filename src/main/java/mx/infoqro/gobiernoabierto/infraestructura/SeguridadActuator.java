package mx.infoqro.gobiernoabierto.infraestructura;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Actuator endpoints: the health probes ({@code /actuator/health}, {@code .../liveness},
 * {@code .../readiness}) are open, without details, for the proxy or orchestrator; the metrics
 * ({@code /actuator/prometheus}) are protected like the REST API: HTTP Basic with a Camunda user of
 * one of the groups in {@code gobierno-abierto.operacion.grupos-metricas} (the login is checked by
 * the application's Camunda authentication provider, {@link AutenticacionCamunda}). Stateless: a
 * scraper creates no session.
 */
@Configuration(proxyBeanMethods = false)
class SeguridadActuator {

  @Bean
  @Order(0)
  SecurityFilterChain actuator(
      HttpSecurity http, @Value("${gobierno-abierto.operacion.grupos-metricas}") List<String> grupos) throws Exception {
    String[] autoridades = grupos.stream().map(g -> Grupos.autoridad(g.strip())).toArray(String[]::new);
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(
            a -> {
              a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
              a.anyRequest().hasAnyAuthority(autoridades);
            })
        .httpBasic(b -> b.realmName("gobierno-abierto"))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(h -> h.defaultsDisabled().cacheControl(Customizer.withDefaults()))
        .build();
  }
}
