package mx.infoqro.gobiernoabierto.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import mx.infoqro.gobiernoabierto.comun.AvisoPrivacidad;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.privacidad.ConservacionDatos;
import mx.infoqro.gobiernoabierto.infraestructura.SeguridadWebPrueba;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A web test slice of the public portal ({@code @WebMvcTest}): no engine, no database, no service;
 * its context starts in a few seconds instead of the whole application's. It holds the one controller that
 * needs nothing ({@link AvisoPrivacidadController}), the application's real security chains
 * ({@link SeguridadWebPrueba}), the real templates, messages.properties and Spring Boot's error
 * pages, and the configuration the layout reads ({@code @organismo}, {@code @avisoPrivacidad},
 * {@code @conservacionDatos}, bound from application.yaml). What {@code @WebMvcTest} picks up by
 * itself comes too and needs no service: the filter {@link EncabezadosSeguridad} (security headers)
 * and the controller advice. Inject {@code MockMvc}; a page answered with {@code sendError} (404,
 * 403, 503) is rendered by {@code DespachoError}.
 *
 * <p>A page that needs a service is no candidate: its test extends {@code PruebaIntegracion}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// No login provider, as no engine (infraestructura.AutenticacionCamunda): no staff login either, rather
// than Spring Boot's in-memory user with a generated password
@WebMvcTest(controllers = AvisoPrivacidadController.class, excludeAutoConfiguration = UserDetailsServiceAutoConfiguration.class)
// Spring Boot resolves templates/error/<status>.html only when a DispatcherServlet bean exists,
// which @WebMvcTest leaves out (MockMvc brings its own): without it, the English "Whitelabel" page
@ImportAutoConfiguration(DispatcherServletAutoConfiguration.class)
@ActiveProfiles("test")
@Import({SeguridadWebPrueba.class, Organismo.class, AvisoPrivacidad.class, ConservacionDatos.class})
public @interface RebanadaPortal {}
