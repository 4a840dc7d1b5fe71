package mx.infoqro.gobiernoabierto.privacidad;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one anonymisation of a participant, used by the ARCO cancellation ({@link
 * EjercicioDerechoArco#ejercer}) and by the retention job ({@link ConservacionDatosService}): the
 * person's data are replaced or removed in every table that holds them, their personal links are
 * revoked, and their public contributions stay, attributed to "Participante anónimo".
 */
@Service
class AnonimizacionParticipante {

  private final EntityManager em;
  private final HistoryService historyService;
  private final EnlacesParticipante enlaces;
  private final SeguidoresCompromiso seguidores;

  AnonimizacionParticipante(
      EntityManager em, HistoryService historyService, EnlacesParticipante enlaces, SeguidoresCompromiso seguidores) {
    this.seguidores = seguidores;
    this.em = em;
    this.historyService = historyService;
    this.enlaces = enlaces;
  }

  /** Whether the participant was already anonymised (their e-mail is the placeholder). */
  static boolean anonimizado(Participante p) {
    return ReglasArco.esCorreoAnonimo(p.getCorreo());
  }

  /**
   * Anonymises one participant in the caller's transaction: proposals (author and mentions),
   * messages written to them or mentioning them, the engine's history variables that mention them,
   * their personal links and follows of commitments (rows deleted), and their own row (name "Participante anónimo", placeholder
   * e-mail, phone, municipality, gender and organisation removed). Idempotent.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void anonimizar(Participante p) {
    if (anonimizado(p)) {
      return;
    }
    String nombre = p.getNombre();
    String correo = p.getCorreo();
    String telefono = p.getTelefono();
    String organizacion = p.getOrganizacion();
    String anonimo = ReglasArco.correoAnonimo(p.getId());
    for (Propuesta pr : propuestas(p)) {
      if (ReglasArco.esAutoriaPersonal(pr.getAutorPublico(), nombre)
          || (organizacion != null && ReglasArco.esAutoriaPersonal(pr.getAutorPublico(), organizacion))) {
        pr.setAutorPublico(ReglasArco.NOMBRE_ANONIMO);
      }
      // the text stays; only mentions of the person themselves are replaced
      pr.setProblema(borrar(pr.getProblema(), nombre, correo, telefono, anonimo));
      pr.setCausa(borrar(pr.getCausa(), nombre, correo, telefono, anonimo));
      pr.setPropuesta(borrar(pr.getPropuesta(), nombre, correo, telefono, anonimo));
    }
    // messages already written to the person: address and any mention of them
    em.createQuery("select n from Notificacion n where lower(n.destinatarioCorreo) = lower(:c)", Notificacion.class)
        .setParameter("c", correo)
        .getResultList()
        .forEach(n -> n.setDestinatarioCorreo(anonimo));
    for (Notificacion n : mencionan(nombre, correo, telefono)) {
      n.setAsunto(borrar(n.getAsunto(), nombre, correo, telefono, anonimo));
      n.setCuerpo(borrar(n.getCuerpo(), nombre, correo, telefono, anonimo));
    }
    borrarHistorialMotor(nombre, correo);
    enlaces.revocar(p.getId());
    seguidores.olvidar(correo, p.getId());
    p.setNombre(ReglasArco.NOMBRE_ANONIMO);
    p.setCorreo(anonimo);
    p.setTelefono(null);
    p.setMunicipio(null);
    p.setGenero(null);
    p.setOrganizacion(null);
  }

  /** The messages whose subject or body mention the name, e-mail or phone. */
  private List<Notificacion> mencionan(String nombre, String correo, String telefono) {
    List<String> valores = new ArrayList<>();
    for (String v : new String[] {nombre, correo, telefono}) {
      if (v != null && !v.isBlank()) {
        valores.add("%" + v.toLowerCase(Locale.ROOT) + "%");
      }
    }
    List<Notificacion> resultado = new ArrayList<>();
    for (String v : valores) {
      em.createQuery(
              "select n from Notificacion n where lower(n.asunto) like :v or lower(n.cuerpo) like :v", Notificacion.class)
          .setParameter("v", v)
          .getResultList()
          .stream()
          .filter(n -> !resultado.contains(n))
          .forEach(resultado::add);
    }
    return resultado;
  }

  /**
   * Text variables of the engine's history that mention the person (form fields shown to staff,
   * e.g. on an ARCO request's own task) are deleted with their details.
   */
  private void borrarHistorialMotor(String nombre, String correo) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery("select ID_ from ACT_HI_VARINST where lower(TEXT_) like :c or lower(TEXT_) like :n")
            .setParameter("c", "%" + correo.toLowerCase(Locale.ROOT) + "%")
            .setParameter("n", "%" + nombre.toLowerCase(Locale.ROOT) + "%")
            .getResultList();
    for (Object id : ids) {
      historyService.deleteHistoricVariableInstance(id.toString());
    }
  }

  private List<Propuesta> propuestas(Participante p) {
    return em.createQuery("select pr from Propuesta pr where pr.participante = :p order by pr.id", Propuesta.class)
        .setParameter("p", p)
        .getResultList();
  }

  private static String borrar(String texto, String nombre, String correo, String telefono, String anonimo) {
    if (texto == null) {
      return null;
    }
    String r = texto;
    if (correo != null) r = r.replaceAll("(?i)" + Pattern.quote(correo), anonimo);
    if (nombre != null && !nombre.isBlank()) r = r.replaceAll("(?i)" + Pattern.quote(nombre), ReglasArco.NOMBRE_ANONIMO);
    if (telefono != null && !telefono.isBlank()) r = r.replace(telefono, "");
    return r;
  }
}
