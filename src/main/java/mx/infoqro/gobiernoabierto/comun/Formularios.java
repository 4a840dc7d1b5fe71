package mx.infoqro.gobiernoabierto.comun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.DefinicionFormulario.Campo;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Binds a Camunda Form to its record (see {@link Formulario}): the one place where form values are
 * read and written.
 *
 * <ul>
 *   <li>{@link #escribir} prefills the form on {@code create}: every component but the decisions
 *       becomes a task-local variable, so submitted values land in the task's own scope (deleted
 *       with it) and never in the process. Text that may exceed the engine's 4,000-character
 *       limit of String variables (the form allows more, or the text is longer) is written as a
 *       Json string, stored without that limit; Tasklist shows it as text. Values are written as
 *       form-js reads them: dates as ISO text, enums by name, numbers as text except in number
 *       fields (a select's values are text), lists and rows as Json.
 *   <li>{@link #leer} reads what was submitted on {@code complete} into the record (trimmed texts,
 *       empty as null; dates; ids; enums; dynamic-list rows as nested records, empty rows
 *       dropped) and enforces the form's own rules, required fields and maximum lengths, with the
 *       form's labels (a row's field is named with its list and row: «Compromisos 2: Fecha de
 *       fin»): a Spanish {@link ValidacionException} listing every problem, nothing stored. A
 *       field the form may hide is not required here (form-js does not check hidden fields): the
 *       service's rules decide.
 * </ul>
 */
@Component
public class Formularios {

  /** Longest text a String variable holds (ACT_RU_VARIABLE.TEXT_ on H2 and PostgreSQL). */
  static final int LIMITE_TEXTO_VARIABLE = 4000;

  /** Dates in Json values as ISO text (form-js reads {@code 2027-01-15}, not {@code [2027,1,15]}). */
  private static final ObjectMapper JSON =
      new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** form-js datetime values: {@code 2026-03-15T10:00}, with optional seconds and offset. */
  private static final DateTimeFormatter FECHA_HORA =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private final ZoneId zona;

  public Formularios(GobiernoAbiertoProperties propiedades) {
    this.zona = propiedades.zonaHoraria();
  }

  // --- Prefill ------------------------------------------------------------------------------------

  /** Prefills the task's form with the record's values (see the class comment). */
  public void escribir(DelegateTask tarea, Record valores) {
    DefinicionFormulario definicion = definicion(valores.getClass());
    for (RecordComponent componente : valores.getClass().getRecordComponents()) {
      String clave = componente.getName();
      if (componente.isAnnotationPresent(Formulario.Decision.class)) {
        olvidarDecision(tarea.getExecution(), clave);
        continue;
      }
      Campo campo = definicion.campos().get(clave);
      tarea.setVariableLocal(clave, variableDe(valorDe(componente, valores), campo));
    }
  }

  /**
   * A returned case comes back to the task: its decision is taken again from scratch. The value of
   * an earlier round goes; a decision the model declares in a narrower scope than the process (a
   * sub-process' input parameter, so that parallel paths do not share it) keeps that scope, where
   * the submitted decision then lands.
   */
  private static void olvidarDecision(DelegateExecution ejecucion, String clave) {
    if (ejecucion == null || !ejecucion.hasVariable(clave)) {
      return;
    }
    DelegateExecution instancia = ejecucion.getProcessInstance();
    if (instancia.hasVariableLocal(clave)) {
      instancia.removeVariableLocal(clave);
    } else {
      ejecucion.setVariable(clave, null);
    }
  }

  private static Object variableDe(Object valor, Campo campo) {
    if (valor == null) {
      return null;
    }
    if (valor instanceof String texto) {
      boolean largo =
          texto.length() > LIMITE_TEXTO_VARIABLE
              || (campo != null && campo.longitudMaxima() != null && campo.longitudMaxima() > LIMITE_TEXTO_VARIABLE);
      return largo ? json(texto) : texto;
    }
    Object paraFormulario = comoLoLeeFormJs(valor, campo);
    return paraFormulario instanceof List<?> || paraFormulario instanceof Map<?, ?> ? json(paraFormulario) : paraFormulario;
  }

  /**
   * A value as form-js reads it: dates as ISO text, enums by name, numbers as text unless the field
   * is a number field (select, radio, taglist and text fields compare and show text), records as
   * objects keyed by their components, collections as lists; each nested value by its own field.
   */
  private static Object comoLoLeeFormJs(Object valor, Campo campo) {
    if (valor instanceof Record fila) {
      Map<String, Campo> hijos = campo != null ? campo.hijos() : Map.of();
      Map<String, Object> objeto = new java.util.LinkedHashMap<>();
      for (RecordComponent componente : fila.getClass().getRecordComponents()) {
        objeto.put(
            componente.getName(), comoLoLeeFormJs(valorDe(componente, fila), hijos.get(componente.getName())));
      }
      return objeto;
    }
    if (valor instanceof Collection<?> coleccion) {
      List<Object> lista = new ArrayList<>();
      coleccion.forEach(elemento -> lista.add(comoLoLeeFormJs(elemento, campo)));
      return lista;
    }
    if (valor instanceof Enum<?> e) {
      return e.name();
    }
    if (valor instanceof LocalDate || valor instanceof OffsetDateTime) {
      return valor.toString();
    }
    if (valor instanceof Number && campo != null && !"number".equals(campo.tipo())) {
      return valor.toString();
    }
    return valor;
  }

  /** A value as form-js expects a list, object or long text: a Json variable. */
  public static TypedValue json(Object valor) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(valor)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a form value as JSON", e);
    }
  }

  // --- Submission ---------------------------------------------------------------------------------

  /**
   * What was submitted, as the form's record, after the form's rules.
   *
   * @throws ValidacionException listing every field that breaks a rule of the form
   */
  public <F extends Record> F leer(DelegateTask tarea, Class<F> tipo) {
    return leer(clave -> FormularioTarea.valor(tarea, clave), tipo);
  }

  /**
   * What a person submitted, given as variables (e.g. {@link #variables}), as the form's record
   * after the form's rules: the same reading as on {@code complete}, without a task.
   *
   * @throws ValidacionException listing every field that breaks a rule of the form
   */
  public <F extends Record> F leer(Map<String, ?> enviados, Class<F> tipo) {
    return leer(enviados::get, tipo);
  }

  private <F extends Record> F leer(Fuente fuente, Class<F> tipo) {
    List<String> errores = new ArrayList<>();
    F formulario = construir(tipo, definicion(tipo).campos(), fuente, "", errores);
    if (!errores.isEmpty()) {
      throw new ValidacionException(String.join(" ", errores));
    }
    return formulario;
  }

  /**
   * The form as a person sees it, from a map of variables (e.g. {@code FormService.getTaskFormVariables}):
   * the values converted, no rule enforced.
   */
  public <F extends Record> F mostrado(Map<String, ?> variables, Class<F> tipo) {
    return construir(tipo, definicion(tipo).campos(), variables::get, "", null);
  }

  /**
   * The record's non-null values as the variables a person submits through the form (for the
   * demo, scripts and tests that complete tasks through the engine).
   */
  public static Map<String, Object> variables(Record valores) {
    DefinicionFormulario definicion = definicion(valores.getClass());
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (RecordComponent componente : valores.getClass().getRecordComponents()) {
      Object valor = valorDe(componente, valores);
      if (valor != null) {
        variables.put(componente.getName(), variableDe(valor, definicion.campos().get(componente.getName())));
      }
    }
    return variables;
  }

  private interface Fuente {
    Object valor(String clave);
  }

  private <F extends Record> F construir(
      Class<F> tipo, Map<String, Campo> campos, Fuente fuente, String prefijo, List<String> errores) {
    RecordComponent[] componentes = tipo.getRecordComponents();
    Object[] argumentos = new Object[componentes.length];
    for (int i = 0; i < componentes.length; i++) {
      RecordComponent componente = componentes[i];
      Campo campo = campos.get(componente.getName());
      String etiqueta = prefijo + (campo != null ? campo.etiqueta() : componente.getName());
      try {
        Object valor =
            convertir(fuente.valor(componente.getName()), componente.getGenericType(), campo, etiqueta, errores);
        if (errores != null) {
          revisar(valor, campo, etiqueta, errores);
        }
        argumentos[i] = valor;
      } catch (ValidacionException e) {
        if (errores == null) {
          throw e;
        }
        errores.add(e.getMessage());
      }
    }
    try {
      Constructor<F> constructor =
          tipo.getDeclaredConstructor(
              java.util.Arrays.stream(componentes).map(RecordComponent::getType).toArray(Class<?>[]::new));
      constructor.setAccessible(true);
      return constructor.newInstance(argumentos);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build form record " + tipo.getName(), e);
    }
  }

  /** The form's own rules on an editable field: required and maximum length. */
  private static void revisar(Object valor, Campo campo, String etiqueta, List<String> errores) {
    if (campo == null || campo.soloLectura()) {
      return;
    }
    boolean vacio = valor == null || (valor instanceof Collection<?> c && c.isEmpty());
    if (campo.requerido() && !campo.condicional() && vacio) {
      errores.add(Mensajes.texto("formulario.requerido", etiqueta));
    }
    if (valor instanceof String texto && campo.longitudMaxima() != null && texto.length() > campo.longitudMaxima()) {
      errores.add(
          Mensajes.texto(
              "formulario.largo", etiqueta, String.valueOf(campo.longitudMaxima()), String.valueOf(texto.length())));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object convertir(Object valor, Type tipo, Campo campo, String etiqueta, List<String> errores) {
    Class<?> clase = clase(tipo);
    if (valor instanceof SerializableValue serializado) {
      // a typed value as {@link #variables} writes it (not yet through the engine): its Json text
      valor = serializado.getValueSerialized() == null ? null : leerJson(serializado.getValueSerialized());
    } else if (valor instanceof TypedValue tipado) {
      valor = tipado.getValue();
    }
    if (valor instanceof SpinJsonNode nodo) {
      valor = nodo.isString() ? nodo.stringValue() : leerJson(nodo.toString());
    }
    if (clase == String.class) {
      return FormularioTarea.texto(valor);
    }
    if (clase == Long.class) {
      return FormularioTarea.id(valor, etiqueta);
    }
    if (clase == Integer.class) {
      return FormularioTarea.entero(valor, etiqueta);
    }
    if (clase == Boolean.class) {
      return valor == null ? null : valor instanceof Boolean b ? b : Boolean.valueOf(valor.toString());
    }
    if (clase == LocalDate.class) {
      return FormularioTarea.fecha(FormularioTarea.texto(valor), etiqueta);
    }
    if (clase == OffsetDateTime.class) {
      return fechaHora(valor, etiqueta);
    }
    if (clase.isEnum()) {
      return enumerado((Class<? extends Enum>) clase, valor, etiqueta);
    }
    if (clase == List.class || clase == Set.class) {
      Type elemento = ((ParameterizedType) tipo).getActualTypeArguments()[0];
      Class<?> claseElemento = clase(elemento);
      List<Object> elementos = new ArrayList<>();
      if (claseElemento.isRecord()) {
        Map<String, Campo> hijos = campo != null ? campo.hijos() : Map.of();
        int n = 0;
        for (Object fila : lista(valor)) {
          if (!(fila instanceof Map<?, ?> mapa) || FormularioTarea.vacia((Map<String, Object>) mapa)) {
            continue;
          }
          n++;
          String prefijo = etiqueta + " " + n + ": ";
          elementos.add(construir((Class<Record>) claseElemento, hijos, ((Map<String, Object>) mapa)::get, prefijo, errores));
        }
      } else {
        for (String texto : FormularioTarea.textos(valor)) {
          // each value of a checklist or taglist as its element type (enum, id, text)
          elementos.add(convertir(texto, elemento, campo, etiqueta, errores));
        }
      }
      if (clase == Set.class) {
        return claseElemento.isEnum() && !elementos.isEmpty() ? EnumSet.copyOf((Collection) elementos) : Set.copyOf(elementos);
      }
      return List.copyOf(elementos);
    }
    return valor;
  }

  /** A date and time; one without offset is read in the commission's time zone. */
  private OffsetDateTime fechaHora(Object valor, String etiqueta) {
    String texto = FormularioTarea.texto(valor);
    if (texto == null) {
      return null;
    }
    try {
      var leido = FECHA_HORA.parseBest(texto, OffsetDateTime::from, LocalDateTime::from);
      return leido instanceof OffsetDateTime conZona ? conZona : ((LocalDateTime) leido).atZone(zona).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new ValidacionException(Mensajes.texto("formulario.fecha-hora", etiqueta, texto));
    }
  }

  private static <E extends Enum<E>> E enumerado(Class<E> tipo, Object valor, String etiqueta) {
    String texto = FormularioTarea.texto(valor);
    if (texto == null) {
      return null;
    }
    try {
      return Enum.valueOf(tipo, texto);
    } catch (IllegalArgumentException e) {
      throw new ValidacionException(Mensajes.texto("formulario.opcion", etiqueta, texto));
    }
  }

  private static List<?> lista(Object valor) {
    if (valor == null) {
      return List.of();
    }
    if (valor instanceof List<?> l) {
      return l;
    }
    Object leido = leerJson(valor.toString());
    return leido instanceof List<?> l ? l : List.of();
  }

  private static Object leerJson(String texto) {
    try {
      return JSON.readValue(texto, Object.class);
    } catch (JsonProcessingException e) {
      throw new ValidacionException(Mensajes.texto("formulario.ilegible"));
    }
  }

  private static Class<?> clase(Type tipo) {
    return tipo instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) tipo;
  }

  private static Object valorDe(RecordComponent componente, Record registro) {
    try {
      var accesor = componente.getAccessor();
      accesor.setAccessible(true);
      return accesor.invoke(registro);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + componente, e);
    }
  }

  private static DefinicionFormulario definicion(Class<?> tipo) {
    Formulario formulario = tipo.getAnnotation(Formulario.class);
    if (formulario == null) {
      throw new IllegalStateException(tipo.getName() + " is not annotated with @Formulario");
    }
    return DefinicionFormulario.de(formulario.value());
  }
}
