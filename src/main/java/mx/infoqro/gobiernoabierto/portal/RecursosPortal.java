package mx.infoqro.gobiernoabierto.portal;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's icon: {@code /favicon.svg} (linked from fragments/layout.html) and {@code
 * /favicon.ico} (what browsers and crawlers ask for on their own), the same public building drawn
 * at 16, 32 and 48 pixels. Public, and kept by browsers and proxies for {@link #CACHE}.
 */
@Configuration
class RecursosPortal implements WebMvcConfigurer {

  /** How long a browser keeps the icon without asking again. */
  static final Duration CACHE = Duration.ofDays(7);

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registro) {
    registro
        .addResourceHandler("/favicon.ico", "/favicon.svg")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.maxAge(CACHE).cachePublic());
  }
}
