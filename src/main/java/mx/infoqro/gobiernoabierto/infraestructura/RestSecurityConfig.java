package mx.infoqro.gobiernoabierto.infraestructura;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST API ({@code /engine-rest}) answers only with HTTP Basic credentials of a Camunda user. */
@Configuration
class RestSecurityConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registro = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registro.setName("camunda-rest-auth");
    registro.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registro.addUrlPatterns("/engine-rest/*");
    return registro;
  }
}
