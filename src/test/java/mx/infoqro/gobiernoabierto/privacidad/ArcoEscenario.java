package mx.infoqro.gobiernoabierto.privacidad;

import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Test data of the ARCO tests: a person with complete personal data and public proposals. */
final class ArcoEscenario {

  /** The person's data as first registered (the values the tests look for afterwards). */
  record Persona(List<Long> participanteIds, String nombre, String correo, String telefono,
      String municipio, String genero, String organizacion, List<Long> propuestaIds) {}

  /**
   * Every column that holds personal data of a participant, searched by {@link
   * #datosPersonalesRestantes} for each of the person's old values.
   */
  static final List<String[]> COLUMNAS_PERSONALES = List.of(
      new String[] {"participante", "nombre"}, new String[] {"participante", "correo"},
      new String[] {"participante", "telefono"}, new String[] {"participante", "municipio"},
      new String[] {"participante", "organizacion"}, new String[] {"participante", "genero"},
      new String[] {"propuesta", "autor_publico"}, new String[] {"propuesta", "problema"},
      new String[] {"propuesta", "causa"}, new String[] {"propuesta", "propuesta"},
      new String[] {"notificacion", "destinatario_correo"}, new String[] {"notificacion", "asunto"},
      new String[] {"notificacion", "cuerpo"}, new String[] {"ACT_HI_VARINST", "TEXT_"},
      new String[] {"ACT_HI_DETAIL", "TEXT_"}, new String[] {"ACT_RU_VARIABLE", "TEXT_"});

  private final Escenarios escenarios;
  private final JdbcTemplate jdbc;
  private final EnlacesParticipante enlaces;
  private final TransactionTemplate tx;

  ArcoEscenario(Escenarios escenarios, JdbcTemplate jdbc) {
    this(escenarios, jdbc, null, null);
  }

  /** With the services to issue the person's personal links too. */
  ArcoEscenario(Escenarios escenarios, JdbcTemplate jdbc, EnlacesParticipante enlaces, TransactionTemplate tx) {
    this.escenarios = escenarios;
    this.jdbc = jdbc;
    this.enlaces = enlaces;
    this.tx = tx;
  }

  /**
   * What is left of a person's data: one line per column still holding one of their old values,
   * plus their personal links still stored (rows of {@code enlace_participante}: only hashes, but
   * tied to the person). Empty when the person is fully anonymised. Messages of the folio {@code
   * excluirFolio} of type {@code excluirTipo} are left out (the legal answer of an ARCO request).
   */
  List<String> datosPersonalesRestantes(Persona persona, String excluirFolio, String excluirTipo) {
    List<String> restantes = new java.util.ArrayList<>();
    for (String[] c : COLUMNAS_PERSONALES) {
      for (String valor : List.of(persona.nombre(), persona.correo(), persona.telefono(), persona.organizacion())) {
        String excluir = c[0].equals("notificacion") && excluirFolio != null
            ? " and not (folio = '" + excluirFolio + "' and tipo = '" + excluirTipo + "')" : "";
        Integer n = jdbc.queryForObject(
            "select count(*) from " + c[0] + " where lower(" + c[1] + ") like ?" + excluir, Integer.class,
            "%" + valor.toLowerCase() + "%");
        if (n > 0) {
          restantes.add(c[0] + "." + c[1] + " contains " + valor);
        }
      }
    }
    for (Long id : persona.participanteIds()) {
      Integer n = jdbc.queryForObject("select count(*) from enlace_participante where participante_id = ?", Integer.class, id);
      if (n > 0) {
        restantes.add("enlace_participante has " + n + " link(s) of participant " + id);
      }
    }
    return restantes;
  }

  /** Personal links stored for a participant. */
  int enlaces(Long participanteId) {
    return jdbc.queryForObject("select count(*) from enlace_participante where participante_id = ?", Integer.class, participanteId);
  }

  /**
   * A person registered in two editions with the same e-mail, with phone, municipality and gender,
   * author of two proposals (one signed with their name, one with a collective name).
   */
  Persona persona() {
    return persona(escenarios.ejercicio(), escenarios.ejercicio());
  }

  /**
   * A person registered in the first edition (author of two proposals there) and, with the same
   * e-mail, in the second one if given; with personal links when the services were given.
   */
  Persona persona(Ejercicio primero, Ejercicio segundo) {
    SujetoObligado sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(primero, "anticorrupcion", sujeto);
    Registro r1 = escenarios.registro(primero, Sector.CIUDADANIA, null, "anticorrupcion");
    Registro r2 = segundo == null ? null : escenarios.registro(segundo, Sector.CIUDADANIA, null, "igualdad-genero");
    long n = r1.getParticipante().getId();
    String nombre = "Ximena Arcoíris " + n;
    String correo = "ximena.arco" + n + "@example.org";
    String telefono = "442 555 " + (1000 + n);
    String organizacion = "Colectivo Arcoíris " + n;
    List<Registro> registros = r2 == null ? List.of(r1) : List.of(r1, r2);
    for (Registro r : registros) {
      jdbc.update(
          "update participante set nombre = ?, correo = ?, telefono = ?, municipio = ?, genero = ?, organizacion = ? where id = ?",
          nombre, correo, telefono, "Pinal de Amoles", "mujer", organizacion, r.getParticipante().getId());
    }
    Long p1 = propuesta(mesa.getId(), r1.getParticipante().getId(), nombre);
    Long p2 = propuesta(mesa.getId(), r1.getParticipante().getId(), "Vecinos del barrio " + n);
    // an earlier message of the exercise to the person, mentioning them
    jdbc.update(
        "insert into notificacion (folio, tipo, destinatario_correo, asunto, cuerpo, intentos) values (?, ?, ?, ?, ?, 0)",
        mesa.getFolio(), "PRUEBA_ARCO", correo, "Hola " + nombre, "Estimada " + nombre + " (" + correo + "), tel. " + telefono);
    if (enlaces != null) {
      for (Registro r : registros) {
        tx.executeWithoutResult(t -> {
          enlaces.emitir(r.getParticipante(), EnlacesParticipante.Proposito.CONFIRMACION);
          enlaces.emitir(r.getParticipante(), EnlacesParticipante.Proposito.ACCESO);
        });
      }
    }
    return new Persona(
        registros.stream().map(r -> r.getParticipante().getId()).toList(),
        nombre, correo, telefono, "Pinal de Amoles", "mujer", organizacion, List.of(p1, p2));
  }

  private Long propuesta(Long mesaId, Long participanteId, String autor) {
    jdbc.update(
        "insert into propuesta (mesa_id, participante_id, autor_publico, problema, propuesta) values (?, ?, ?, ?, ?)",
        mesaId, participanteId, autor, "Problema de " + autor, "Propuesta para la mesa");
    return jdbc.queryForObject(
        "select max(id) from propuesta where participante_id = ? and autor_publico = ?", Long.class, participanteId, autor);
  }

  Map<String, Object> participante(Long id) {
    return jdbc.queryForMap("select * from participante where id = ?", id);
  }
}
