package mx.infoqro.gobiernoabierto.privacidad;

import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data of the ARCO tests: a person with complete personal data and public proposals. */
final class ArcoEscenario {

  /** The person's data as first registered (the values the tests look for afterwards). */
  record Persona(List<Long> participanteIds, String nombre, String correo, String telefono,
      String municipio, String genero, String organizacion, List<Long> propuestaIds) {}

  private final Escenarios escenarios;
  private final JdbcTemplate jdbc;

  ArcoEscenario(Escenarios escenarios, JdbcTemplate jdbc) {
    this.escenarios = escenarios;
    this.jdbc = jdbc;
  }

  /**
   * A person registered in two editions with the same e-mail, with phone, municipality and gender,
   * author of two proposals (one signed with their name, one with a collective name).
   */
  Persona persona() {
    SujetoObligado sujeto = escenarios.sujeto();
    Ejercicio primero = escenarios.ejercicio();
    Ejercicio segundo = escenarios.ejercicio();
    Mesa mesa = escenarios.mesa(primero, "anticorrupcion", sujeto);
    Registro r1 = escenarios.registro(primero, Sector.CIUDADANIA, null, "anticorrupcion");
    Registro r2 = escenarios.registro(segundo, Sector.CIUDADANIA, null, "igualdad-genero");
    long n = r1.getParticipante().getId();
    String nombre = "Ximena Arcoíris " + n;
    String correo = "ximena.arco" + n + "@example.org";
    String telefono = "442 555 " + (1000 + n);
    String organizacion = "Colectivo Arcoíris " + n;
    for (Registro r : List.of(r1, r2)) {
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
    return new Persona(
        List.of(r1.getParticipante().getId(), r2.getParticipante().getId()),
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
