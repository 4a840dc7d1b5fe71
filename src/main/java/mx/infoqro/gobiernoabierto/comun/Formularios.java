package mx.infoqro.gobiernoabierto.comun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.DefinicionFormulario.Campo;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
 *   <li>{@link #leer} reads what was submitted on {@code complete} into the record (with {@link
 *       LecturaFormulario}: trimmed texts, empty as null; dates; ids; enums; dynamic-list rows as
 *       nested records, empty rows dropped) and enforces the form's own rules, required fields and
 *       maximum lengths, with the form's labels (a row's field is named with its list and row:
 *       «Compromisos 2: Fecha de fin»): a Spanish {@link ValidacionException} listing every
 *       problem, nothing stored. A field the form may hide is not required here (form-js does not
 *       check hidden fields): the service's rules decide.
 * </ul>
 */
@Component
public class Formularios {

  /** Longest text a String variable holds (ACT_RU_VARIABLE.TEXT_ on H2 and PostgreSQL). */
  static final int LIMITE_TEXTO_VARIABLE = 4000;

  /** Dates in Json values as ISO text (form-js reads {@code 2027-01-15}, not {@code [2027,1,15]}). */
  static final ObjectMapper JSON =
      new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final LecturaFormulario lectura;

  public Formularios(GobiernoAbiertoProperties propiedades) {
    this.lectura = new LecturaFormulario(propiedades.zonaHoraria());
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
    return lectura.leer(clave -> ValoresFormulario.valor(tarea, clave), tipo, definicion(tipo).campos());
  }

  /**
   * What a person submitted, given as variables (e.g. {@link #variables}), as the form's record
   * after the form's rules: the same reading as on {@code complete}, without a task.
   *
   * @throws ValidacionException listing every field that breaks a rule of the form
   */
  public <F extends Record> F leer(Map<String, ?> enviados, Class<F> tipo) {
    return lectura.leer(enviados::get, tipo, definicion(tipo).campos());
  }

  /**
   * The form as a person sees it, from a map of variables (e.g. {@code FormService.getTaskFormVariables}):
   * the values converted, no rule enforced.
   */
  public <F extends Record> F mostrado(Map<String, ?> variables, Class<F> tipo) {
    return lectura.mostrado(variables::get, tipo, definicion(tipo).campos());
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
