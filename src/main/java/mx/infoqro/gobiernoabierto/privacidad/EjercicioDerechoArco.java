package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.registro.ConsultaRegistros;
import mx.infoqro.gobiernoabierto.registro.Participante;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task_EjercerDerechoArco: carries out an answered ARCO right on every registration with the
 * request's e-mail (the person may have taken part in several editions).
 */
@Service
@Transactional
public class EjercicioDerechoArco {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SolicitudArcoRepository solicitudes;
  private final ConsultaRegistros registros;
  private final EntityManager em;
  private final Plazos plazos;
  private final Auditoria auditoria;
  private final AnonimizacionParticipante anonimizacion;

  EjercicioDerechoArco(
      SolicitudArcoRepository solicitudes,
      ConsultaRegistros registros,
      EntityManager em,
      Plazos plazos,
      Auditoria auditoria,
      AnonimizacionParticipante anonimizacion) {
    this.solicitudes = solicitudes;
    this.registros = registros;
    this.em = em;
    this.plazos = plazos;
    this.auditoria = auditoria;
    this.anonimizacion = anonimizacion;
  }

  /**
   * Access: builds the JSON document of the person's data and stores it with the request.
   * Rectification: applies the validated corrections. Cancellation: anonymises the person
   * everywhere (their proposals stay, attributed to "Participante anónimo"). Opposition: stops the
   * processing opposed.
   */
  public void ejercer(Long solicitudId) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    List<Participante> propios = registros.participantesConCorreo(s.getCorreo());
    switch (s.getDerecho()) {
      case ACCESO -> s.setArchivoAcceso(datosDe(s.getCorreo(), propios));
      case RECTIFICACION -> rectificar(propios, correcciones(s.getCorrecciones()));
      case CANCELACION -> propios.forEach(anonimizacion::anonimizar);
      case OPOSICION -> oponer(propios, s.getTratamiento());
    }
    s.setEjecutada(plazos.instante());
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), DERECHO_EJERCIDO, Auditoria.SISTEMA,
        Mensajes.texto("arco.auditoria.ejercido", s.getDerecho().name(), String.valueOf(propios.size())));
  }

  private String datosDe(String correo, List<Participante> propios) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("correo", correo);
    doc.put("generado", plazos.ahora().toOffsetDateTime().toString());
    List<Object> datos = new ArrayList<>();
    for (Participante p : propios) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("ejercicio", p.getEjercicio().getId());
      r.put("nombre", p.getNombre());
      r.put("correo", p.getCorreo());
      r.put("telefono", p.getTelefono());
      r.put("sector", p.getSector() == null ? null : p.getSector().name());
      r.put("organizacion", p.getOrganizacion());
      r.put("municipio", p.getMunicipio());
      r.put("genero", p.getGenero());
      r.put("avisoPrivacidadVersion", p.getAvisoPrivacidadVersion());
      r.put("consentimiento", texto(p.getConsentimiento()));
      r.put("confirmado", texto(p.getConfirmado()));
      r.put("noContactar", texto(p.getNoContactar()));
      r.put("creado", texto(p.getCreado()));
      registros.registroDe(p.getId()).ifPresent(reg -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estado", reg.getEstado().name());
        m.put("ejes", reg.getEjes().stream().map(EjeTematico::getNombre).toList());
        m.put("creado", texto(reg.getCreado()));
        r.put("registro", m);
      });
      List<Object> propuestas = new ArrayList<>();
      for (Propuesta pr : propuestas(p)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mesa", pr.getMesa().getFolio());
        m.put("autorPublico", pr.getAutorPublico());
        m.put("problema", pr.getProblema());
        m.put("causa", pr.getCausa());
        m.put("propuesta", pr.getPropuesta());
        m.put("recibida", texto(pr.getRecibida()));
        m.put("respuesta", pr.getRespuestaDecision() == null ? null : pr.getRespuestaDecision().name());
        m.put("razon", pr.getRespuestaRazon());
        propuestas.add(m);
      }
      r.put("propuestas", propuestas);
      datos.add(r);
    }
    doc.put("registros", datos);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the access file", e);
    }
  }

  private void rectificar(List<Participante> propios, Map<String, String> c) {
    for (Participante p : propios) {
      String nombreAnterior = p.getNombre();
      if (c.containsKey("nombre")) {
        p.setNombre(c.get("nombre"));
        for (Propuesta pr : propuestas(p)) {
          if (ReglasArco.esAutoriaPersonal(pr.getAutorPublico(), nombreAnterior)) {
            pr.setAutorPublico(c.get("nombre"));
          }
        }
      }
      if (c.containsKey("telefono")) p.setTelefono(c.get("telefono"));
      if (c.containsKey("municipio")) p.setMunicipio(c.get("municipio"));
      if (c.containsKey("organizacion")) p.setOrganizacion(c.get("organizacion"));
    }
  }

  private void oponer(List<Participante> propios, TratamientoArco tratamiento) {
    Instant ahora = plazos.instante();
    for (Participante p : propios) {
      switch (tratamiento) {
        case COMUNICACIONES -> p.setNoContactar(ahora);
        case ESTADISTICAS -> {
          p.setGenero(null);
          p.setMunicipio(null);
        }
        case OTRO -> {
          // recorded in the request and the decision log; attended by the staff
        }
      }
    }
  }

  private List<Propuesta> propuestas(Participante p) {
    return em.createQuery("select pr from Propuesta pr where pr.participante = :p order by pr.id", Propuesta.class)
        .setParameter("p", p)
        .getResultList();
  }

  private static String texto(Instant instante) {
    return instante == null ? null : instante.toString();
  }

  private static Map<String, String> correcciones(String json) {
    try {
      return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
