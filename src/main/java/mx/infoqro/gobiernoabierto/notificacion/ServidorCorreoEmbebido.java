package mx.infoqro.gobiernoabierto.notificacion;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * An embedded GreenMail server (the demo's, the benchmarks') whose SMTP connections answer the way
 * a mail server such as Postfix does: with Nagle's algorithm off on its side (TCP_NODELAY).
 * GreenMail writes a multi-line reply (the one to EHLO) line by line; with Nagle on, the second line
 * waits until the client acknowledges the first, which Linux delays by 40 ms, so every connection
 * started 40 ms late (JFR in B1: 286 reads of 41 ms, 12 s of a 90 s run). {@link SocketsSinRetardo}
 * turns Nagle off on the application's side, for a stall of the same kind at the end of each
 * message.
 */
public class ServidorCorreoEmbebido extends GreenMail {

  public ServidorCorreoEmbebido(ServerSetup... servicios) {
    super(servicios);
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    Map<String, AbstractServer> servicios = super.createServices(config, managers);
    servicios.replaceAll(
        (protocolo, servicio) ->
            ServerSetup.PROTOCOL_SMTP.equals(protocolo) ? new SmtpSinRetardo(servicio.getServerSetup(), managers) : servicio);
    return servicios;
  }

  private static final class SmtpSinRetardo extends SmtpServer {

    SmtpSinRetardo(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket cliente) {
      try {
        cliente.setTcpNoDelay(true);
      } catch (SocketException e) {
        throw new UncheckedIOException(e);
      }
      return super.createProtocolHandler(cliente);
    }
  }
}
