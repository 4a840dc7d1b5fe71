package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import mx.infoqro.gobiernoabierto.comun.DefinicionFormulario;
import mx.infoqro.gobiernoabierto.comun.DefinicionFormulario.Campo;

/**
 * Every text a person types in a task's form fits the column that stores it: each editable text
 * field has a {@code validate.maxLength}, equal to its column (the server refuses longer text with
 * the form's message, see comun/Formularios), or within it for a text kept only in the decision
 * log. Checked against the database the application runs on (H2, PostgreSQL), after the
 * migrations. One entry per form of the user tasks' tables ({@code TAREAS_USUARIO}), a form
 * without editable text too ({@code forma("id")}): {@code TareasUsuarioTest} fails for a task whose
 * form has none.
 */
public final class LongitudesFormularios {

  /** Where a field is stored: {@code tabla.columna}, exactly as long, or at most as long ({@code cabe}). */
  private record Columna(String tabla, String columna, boolean cabe) {}

  /** form id → field (rows as {@code lista.campo}) → column. */
  private static final Map<String, Map<String, Columna>> DONDE = new LinkedHashMap<>();

  static {
    // ejercicio, registro, privacidad
    forma(
        "preparar-convocatoria",
        "titulo", "convocatoria.titulo",
        "texto", "convocatoria.texto",
        "contacto", "convocatoria.contacto");
    forma("aprobar-convocatoria", "observaciones", "convocatoria.observaciones");
    forma(
        "instalar-stl",
        "integrantes.nombre", "integrante_stl.nombre",
        "integrantes.organizacion", "integrante_stl.organizacion",
        "integrantes.cargo", "integrante_stl.cargo",
        "reglasParticipacion", "instalacion_stl.reglas_participacion",
        "actaInstalacion", "instalacion_stl.acta_instalacion");
    // a rejection's reason is kept in the decision log only
    forma("validar-enlace", "motivoRechazo", "registro_decision.motivo~");
    forma(
        "atender-solicitud-arco",
        "motivoProrroga", "solicitud_arco.prorroga_motivo",
        "nombreCorregido", "participante.nombre",
        "telefonoCorregido", "participante.telefono",
        "municipioCorregido", "participante.municipio",
        "organizacionCorregida", "participante.organizacion",
        "respuesta", "solicitud_arco.respuesta_texto");
    // mesa, compromiso, seguimiento
    forma("programar-sesiones", "sesiones.lugar", "sesion.lugar", "sesiones.enlace", "sesion.enlace");
    forma(
        "registrar-sesion",
        "listaAsistencia", "sesion.lista_asistencia",
        "acta", "sesion.acta",
        "propuestas.autorPublico", "propuesta.autor_publico",
        "propuestas.problema", "propuesta.problema",
        "propuestas.causa", "propuesta.causa",
        "propuestas.propuesta", "propuesta.propuesta",
        "nuevaSesionLugar", "sesion.lugar",
        "nuevaSesionEnlace", "sesion.enlace");
    forma(
        "programar-sesion-stl",
        "lugar", "sesion_stl.lugar",
        "enlace", "sesion_stl.enlace",
        "ordenDia", "sesion_stl.orden_dia");
    forma(
        "registrar-sesion-stl",
        "listaAsistencia", "sesion_stl.lista_asistencia",
        "acuerdos", "sesion_stl.acuerdos",
        "acta", "sesion_stl.acta");
    forma("responder-propuestas", "respuestas.razon", "propuesta.respuesta_razon");
    forma("responder-propuesta-portal", "razon", "propuesta.respuesta_razon");
    forma(
        "redactar-compromisos",
        "compromisos.titulo", "compromiso.titulo",
        "compromisos.problema", "compromiso.problema",
        "compromisos.statusQuo", "compromiso.status_quo",
        "compromisos.descripcion", "compromiso.descripcion",
        "compromisos.comoResuelve", "compromiso.como_resuelve",
        "compromisos.otrosActores", "compromiso.otros_actores",
        "compromisos.contacto", "compromiso.contacto",
        "compromisos.hitos.descripcion", "hito.descripcion",
        "compromisos.hitos.productoEsperado", "hito.producto_esperado");
    forma("revisar-compromiso-stl", "observaciones", "compromiso.observaciones");
    forma("aceptar-compromiso", "observaciones", "compromiso.observaciones");
    forma("aprobar-compromiso-pleno", "observaciones", "compromiso.observaciones");
    forma(
        "atender-observaciones",
        "titulo", "compromiso.titulo",
        "problema", "compromiso.problema",
        "statusQuo", "compromiso.status_quo",
        "descripcion", "compromiso.descripcion",
        "comoResuelve", "compromiso.como_resuelve",
        "otrosActores", "compromiso.otros_actores",
        "contacto", "compromiso.contacto",
        "hitos.descripcion", "hito.descripcion",
        "hitos.productoEsperado", "hito.producto_esperado");
    for (String solicitud : new String[] {"solicitar-cambio", "atender-observaciones-cambio"}) {
      forma(
          solicitud,
          "hitos.descripcion", "hito.descripcion",
          "hitos.productoEsperado", "hito.producto_esperado",
          "hitos.motivoRetiro", "hito.motivo_retiro",
          "descripcion", "compromiso.descripcion",
          "comoResuelve", "compromiso.como_resuelve",
          "otrosActores", "compromiso.otros_actores",
          "justificacion", "cambio_compromiso.justificacion",
          "evidencias", "cambio_compromiso.evidencias");
    }
    forma("revisar-cambio-stl", "observaciones", "cambio_compromiso.observaciones", "motivoRechazo", "cambio_compromiso.motivo_rechazo");
    forma("aprobar-cambio-pleno", "motivoRechazo", "cambio_compromiso.motivo_rechazo");
    // the Pleno's observations on signing the plan are kept in the decision log only
    forma("firmar-plan-accion", "observaciones", "registro_decision.motivo~");
    // the commission's note on a standard's warning, likewise
    forma("atender-aviso-estandar", "nota", "registro_decision.motivo~");
    forma(
        "reportar-avance",
        "avances.comentario", "avance_hito.comentario",
        "narrativa", "reporte_avance.narrativa",
        "evidencias.descripcion", "evidencia.descripcion",
        "evidencias.url", "evidencia.url");
    forma("verificar-reporte", "observaciones", "reporte_avance.observaciones");
    forma("evaluar-compromiso", "comentario", "evaluacion.comentario", "evidencia", "evaluacion.evidencia");
    forma("preparar-informe-final", "informeFinal", "ejercicio.informe_final");
    forma("aprobar-informe-final", "observaciones", "ejercicio.observaciones_informe");
  }

  private LongitudesFormularios() {}

  private static void forma(String id, String... campoYColumna) {
    Map<String, Columna> campos = new LinkedHashMap<>();
    for (int i = 0; i < campoYColumna.length; i += 2) {
      String destino = campoYColumna[i + 1];
      boolean cabe = destino.endsWith("~");
      String[] partes = destino.replace("~", "").split("\\.");
      campos.put(campoYColumna[i], new Columna(partes[0], partes[1], cabe));
    }
    DONDE.put(id, campos);
  }

  /** The forms this check covers: every form of the user tasks' tables. */
  public static List<String> formularios() {
    return List.copyOf(DONDE.keySet());
  }

  /**
   * Checks every form: its editable text fields are exactly the mapped ones, each with a maximum
   * length equal to (or, for the decision log, within) its column in {@code baseDeDatos}.
   */
  public static void revisar(DataSource baseDeDatos) throws SQLException {
    List<String> problemas = new ArrayList<>();
    try (Connection conexion = baseDeDatos.getConnection()) {
      DatabaseMetaData metadatos = conexion.getMetaData();
      for (var formulario : DONDE.entrySet()) {
        Map<String, Campo> textos = new LinkedHashMap<>();
        textosEditables("", DefinicionFormulario.de(formulario.getKey()).campos(), textos);
        assertThat(textos.keySet())
            .as("editable text fields of %s (each needs its column here)", formulario.getKey())
            .containsExactlyInAnyOrderElementsOf(formulario.getValue().keySet());
        for (var campo : textos.entrySet()) {
          Columna columna = formulario.getValue().get(campo.getKey());
          Integer maximo = campo.getValue().longitudMaxima();
          int tamano = tamano(metadatos, columna);
          String donde = formulario.getKey() + " " + campo.getKey() + " → " + columna.tabla() + "." + columna.columna();
          if (maximo == null) {
            problemas.add(donde + ": the form sets no maxLength (column holds " + tamano + ")");
          } else if (columna.cabe() ? maximo > tamano : maximo != tamano) {
            problemas.add(donde + ": maxLength " + maximo + ", column " + tamano);
          }
        }
      }
    }
    assertThat(problemas).as("form fields against their columns").isEmpty();
  }

  private static void textosEditables(String prefijo, Map<String, Campo> campos, Map<String, Campo> textos) {
    for (Campo campo : campos.values()) {
      if (!campo.hijos().isEmpty()) {
        textosEditables(prefijo + campo.clave() + ".", campo.hijos(), textos);
      } else if (!campo.soloLectura() && ("textfield".equals(campo.tipo()) || "textarea".equals(campo.tipo()))) {
        textos.put(prefijo + campo.clave(), campo);
      }
    }
  }

  private static int tamano(DatabaseMetaData metadatos, Columna columna) throws SQLException {
    boolean mayusculas = metadatos.storesUpperCaseIdentifiers();
    String tabla = mayusculas ? columna.tabla().toUpperCase(Locale.ROOT) : columna.tabla();
    String nombre = mayusculas ? columna.columna().toUpperCase(Locale.ROOT) : columna.columna();
    try (ResultSet rs = metadatos.getColumns(null, null, tabla, nombre)) {
      assertThat(rs.next()).as("column %s.%s exists", columna.tabla(), columna.columna()).isTrue();
      return rs.getInt("COLUMN_SIZE");
    }
  }
}
