package mx.infoqro.gobiernoabierto;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real SMTP server (GreenMail) on a free port for each test, with the application's mail sender
 * pointed at it: the sender is the bean Spring Boot built from {@code spring.mail.*}, whose host and
 * port are set here and put back after the test (a property source per test class would cost each
 * class a Spring context of its own). Register it in a Spring test as
 * <pre>{@code @RegisterExtension static final ServidorCorreo SMTP = ServidorCorreo.nuevo();}</pre>
 * The fault tests of {@code operacion}, which start the application as a separate process, keep
 * their own servers on fixed ports. Read what arrived with {@link Correos}.
 */
public final class ServidorCorreo extends GreenMailExtension {

  private JavaMailSenderImpl remitente;
  private String hostOriginal;
  private int puertoOriginal;

  private ServidorCorreo() {
    super(ServerSetupTest.SMTP.dynamicPort());
  }

  /** A server started before and stopped after each test, on a port the system picks. */
  public static ServidorCorreo nuevo() {
    return new ServidorCorreo();
  }

  @Override
  public void beforeEach(ExtensionContext contexto) {
    super.beforeEach(contexto);
    remitente = (JavaMailSenderImpl) SpringExtension.getApplicationContext(contexto).getBean(JavaMailSender.class);
    hostOriginal = remitente.getHost();
    puertoOriginal = remitente.getPort();
    remitente.setHost("127.0.0.1");
    remitente.setPort(puerto());
  }

  @Override
  public void afterEach(ExtensionContext contexto) {
    try {
      remitente.setHost(hostOriginal);
      remitente.setPort(puertoOriginal);
    } finally {
      super.afterEach(contexto);
    }
  }

  /** The SMTP port of this test's server. */
  public int puerto() {
    return getSmtp().getPort();
  }

  /** The messages received so far with {@code correo} among their To recipients, oldest first. */
  public List<MimeMessage> para(String correo) throws MessagingException {
    List<MimeMessage> suyos = new ArrayList<>();
    for (MimeMessage m : getReceivedMessages()) {
      if (Correos.destinatarios(m, Message.RecipientType.TO).contains(correo)) {
        suyos.add(m);
      }
    }
    return suyos;
  }
}
