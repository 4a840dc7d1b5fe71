package mx.infoqro.gobiernoabierto.comun;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The reading half of {@link Formularios}: what a form submitted, converted into its record
 * (trimmed texts, empty as null; dates and date-times, one without offset in the commission's time
 * zone; ids; enums; checklist and taglist values; dynamic-list rows as nested records, empty rows
 * dropped), and checked against the form's own rules (required fields, maximum lengths) with the
 * form's labels.
 */
final class LecturaFormulario {

  /** Where the submitted values come from: the task, or a map of variables. */
  interface Fuente {
    Object valor(String clave);
  }

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

  LecturaFormulario(ZoneId zona) {
    this.zona = zona;
  }

  /**
   * What was submitted, as the form's record, after the form's rules.
   *
   * @throws ValidacionException listing every field that breaks a rule of the form
   */
  <F extends Record> F leer(Fuente fuente, Class<F> tipo, Map<String, Campo> campos) {
    List<String> errores = new ArrayList<>();
    F formulario = construir(tipo, campos, fuente, "", errores);
    if (!errores.isEmpty()) {
      throw new ValidacionException(String.join(" ", errores));
    }
    return formulario;
  }

  /** The form as a person sees it: the values converted, no rule enforced. */
  <F extends Record> F mostrado(Fuente fuente, Class<F> tipo, Map<String, Campo> campos) {
    return construir(tipo, campos, fuente, "", null);
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
      return ValoresFormulario.texto(valor);
    }
    if (clase == Long.class) {
      return ValoresFormulario.id(valor, etiqueta);
    }
    if (clase == Integer.class) {
      return ValoresFormulario.entero(valor, etiqueta);
    }
    if (clase == Boolean.class) {
      return valor == null ? null : valor instanceof Boolean b ? b : Boolean.valueOf(valor.toString());
    }
    if (clase == LocalDate.class) {
      return ValoresFormulario.fecha(ValoresFormulario.texto(valor), etiqueta);
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
          if (!(fila instanceof Map<?, ?> mapa) || ValoresFormulario.vacia((Map<String, Object>) mapa)) {
            continue;
          }
          n++;
          String prefijo = etiqueta + " " + n + ": ";
          elementos.add(construir((Class<Record>) claseElemento, hijos, ((Map<String, Object>) mapa)::get, prefijo, errores));
        }
      } else {
        for (String texto : ValoresFormulario.textos(valor)) {
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
    String texto = ValoresFormulario.texto(valor);
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
    String texto = ValoresFormulario.texto(valor);
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
      return Formularios.JSON.readValue(texto, Object.class);
    } catch (JsonProcessingException e) {
      throw new ValidacionException(Mensajes.texto("formulario.ilegible"));
    }
  }

  private static Class<?> clase(Type tipo) {
    return tipo instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) tipo;
  }
}
