package mx.infoqro.gobiernoabierto.demo;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapConstants;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.Store;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedded GreenMail server (the demo's, the benchmarks'): Nagle's algorithm off on its side, so
 * its multi-line replies are not held back as a real server's (Postfix's) never are; with a maximum,
 * it keeps only the most recent messages (trimmed every tenth of the maximum deliveries), so a demo
 * left running neither fills the heap nor slows each delivery. Measurements: docs/rendimiento.md.
 */
public class ServidorCorreoEmbebido extends GreenMail {

  private final int mensajesMaximos;
  /** Per recipient's address, the number of the last delivery to it (see {@link #recortar}). */
  private final Map<String, Long> ultimaEntrega = new ConcurrentHashMap<>();
  private final AtomicLong entregas = new AtomicLong();
  private long entregasAlRecorteAnterior;

  /** A server that keeps every message it receives (the tests', B1's). */
  public ServidorCorreoEmbebido(ServerSetup... servicios) {
    this(0, servicios);
  }

  /** A server that keeps at most {@code mensajesMaximos} messages, the most recent; 0 keeps them all. */
  public ServidorCorreoEmbebido(int mensajesMaximos, ServerSetup... servicios) {
    super(servicios);
    this.mensajesMaximos = mensajesMaximos;
    if (mensajesMaximos > 0) {
      UserManager usuarios = getUserManager();
      MessageDeliveryHandler entrega = usuarios.getMessageDeliveryHandler();
      long cada = Math.max(1, mensajesMaximos / 10);
      usuarios.setMessageDeliveryHandler(
          (mensaje, direccion) -> {
            GreenMailUser destinatario = entrega.handle(mensaje, direccion);
            long numero = entregas.incrementAndGet();
            ultimaEntrega.put(destinatario.getEmail(), numero);
            if (numero % cada == 0) {
              recortar();
            }
            return destinatario;
          });
    }
  }

  /**
   * Deletes the oldest messages beyond the maximum, then the recipients left without mail whose last
   * delivery came before the previous trim: a delivery looks its recipient up and then stores the
   * message, so a recipient looked up since then may be about to receive one and is kept. Returns
   * how many messages it deleted.
   */
  synchronized int recortar() {
    if (mensajesMaximos <= 0) {
      return 0;
    }
    UserManager usuarios = getUserManager();
    Map<String, MailFolder> entradas = entradasPorUsuario();
    record Guardado(MailFolder buzon, StoredMessage mensaje) {}
    List<Guardado> guardados = new ArrayList<>();
    entradas.values().forEach(entrada -> entrada.getMessages().forEach(m -> guardados.add(new Guardado(entrada, m))));
    try {
      int sobran = guardados.size() - mensajesMaximos;
      if (sobran > 0) {
        guardados.sort(Comparator.comparing((Guardado g) -> g.mensaje().getReceivedDate()).thenComparing(g -> g.mensaje().getUid()));
        Flags borrado = new Flags(Flags.Flag.DELETED);
        Set<MailFolder> tocados = new HashSet<>();
        for (Guardado g : guardados.subList(0, sobran)) {
          g.buzon().setFlags(borrado, true, g.mensaje().getUid(), null, false);
          tocados.add(g.buzon());
        }
        for (MailFolder buzon : tocados) {
          buzon.expunge();
        }
      }
      long anterior = entregasAlRecorteAnterior;
      entregasAlRecorteAnterior = entregas.get();
      for (GreenMailUser usuario : List.copyOf(usuarios.listUser())) {
        Long ultima = ultimaEntrega.get(usuario.getEmail());
        MailFolder entrada = entradas.get(usuario.getQualifiedMailboxName());
        if (ultima != null && ultima <= anterior && entrada != null && entrada.getMessageCount() == 0) {
          usuarios.deleteUser(usuario);
          ultimaEntrega.remove(usuario.getEmail(), ultima);
        }
      }
      return Math.max(sobran, 0);
    } catch (FolderException e) {
      throw new IllegalStateException("No se pudo recortar el buzón de la demo", e);
    }
  }

  /**
   * Every user's inbox by the name of the user's folder, in one walk of the store (GreenMail's own
   * look-up of one inbox walks all users' folders).
   */
  private Map<String, MailFolder> entradasPorUsuario() {
    Store almacen = getManagers().getImapHostManager().getStore();
    Map<String, MailFolder> entradas = new HashMap<>();
    // copies: a delivery to a new address adds a user's folder meanwhile
    for (MailFolder carpetaUsuario : List.copyOf(almacen.getChildren(almacen.getMailbox(ImapConstants.USER_NAMESPACE)))) {
      for (MailFolder carpeta : List.copyOf(almacen.getChildren(carpetaUsuario))) {
        if (ImapConstants.INBOX_NAME.equalsIgnoreCase(carpeta.getName())) {
          entradas.put(carpetaUsuario.getName(), carpeta);
        }
      }
    }
    return entradas;
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
