package mx.infoqro.gobiernoabierto.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Demo profile: no mail server needed. An embedded GreenMail server on 127.0.0.1 receives every
 * notification by SMTP (so demo mail is really sent) and keeps the most recent messages in memory
 * ({@code gobierno-abierto.correo.demo.mensajes-maximos}, 2,000; see {@link ServidorCorreoEmbebido}); a mail client reads
 * it by IMAP (port {@code gobierno-abierto.correo.demo.puerto-imap}, user = the recipient's
 * e-mail, any password). The application's {@link JavaMailSender} points at it, replacing Spring
 * Boot's, so {@code spring.mail.*} is ignored in the demo. With {@code DEMO_MAIL_EMBEDDED=false} the
 * demo sends to the server of {@code spring.mail.*} instead (the fault tests read the mail from a
 * server that outlives the application).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "gobierno-abierto.correo.demo.embebido", havingValue = "true", matchIfMissing = true)
class CorreoDemoConfig {

  private static final Logger LOG = LoggerFactory.getLogger(CorreoDemoConfig.class);
  private static final String LOCAL = "127.0.0.1";

  @Bean(destroyMethod = "stop")
  GreenMail servidorCorreoDemo(CorreoDemoProperties correo) {
    ServerSetup smtp = servicio(correo.puertoSmtp(), ServerSetup.PROTOCOL_SMTP);
    ServerSetup imap = servicio(correo.puertoImap(), ServerSetup.PROTOCOL_IMAP);
    GreenMail servidor =
        new ServidorCorreoEmbebido(correo.mensajesMaximos(), smtp, imap)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    servidor.start();
    LOG.info(
        "Correo de la demo: servidor SMTP embebido en {}:{}; léalo por IMAP en {}:{}",
        LOCAL,
        servidor.getSmtp().getPort(),
        LOCAL,
        servidor.getImap().getPort());
    return servidor;
  }

  /** A service on 127.0.0.1; port 0 picks a free one (tests run the demo profile in parallel). */
  private static ServerSetup servicio(int puerto, String protocolo) {
    ServerSetup setup = new ServerSetup(puerto, LOCAL, protocolo);
    return puerto == 0 ? setup.dynamicPort() : setup;
  }

  @Bean
  JavaMailSender mailSenderDemo(GreenMail servidorCorreoDemo) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(LOCAL);
    sender.setPort(servidorCorreoDemo.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return sender;
  }
}
