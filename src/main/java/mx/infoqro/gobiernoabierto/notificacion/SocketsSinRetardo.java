package mx.infoqro.gobiernoabierto.notificacion;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;
import javax.net.SocketFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The sockets of the connections to the mail server, with Nagle's algorithm off (TCP_NODELAY), so
 * the end of each message is not held back until the server's delayed acknowledgement (measurements:
 * docs/rendimiento.md). A STARTTLS or SSL connection is layered on this socket and keeps the option.
 */
final class SocketsSinRetardo extends SocketFactory {

  private static final SocketFactory SISTEMA = SocketFactory.getDefault();

  /**
   * Makes {@code mailSender}'s connections use these sockets, unless its properties name a socket
   * factory of their own ({@code mail.<protocolo>.socketFactory[.class]}).
   */
  static void usarEn(JavaMailSender mailSender) {
    if (!(mailSender instanceof JavaMailSenderImpl servidor)) {
      return;
    }
    String prefijo = "mail." + (servidor.getProtocol() != null ? servidor.getProtocol() : "smtp") + ".socketFactory";
    Properties propiedades = servidor.getJavaMailProperties();
    if (propiedades.get(prefijo) == null && propiedades.get(prefijo + ".class") == null) {
      propiedades.put(prefijo, new SocketsSinRetardo());
      // Resets the session, which is built from the properties when it is first used
      servidor.setJavaMailProperties(propiedades);
    }
  }

  private static Socket sinRetardo(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }

  @Override
  public Socket createSocket() throws IOException {
    return sinRetardo(SISTEMA.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return sinRetardo(SISTEMA.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return sinRetardo(SISTEMA.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return sinRetardo(SISTEMA.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return sinRetardo(SISTEMA.createSocket(address, port, localAddress, localPort));
  }
}
