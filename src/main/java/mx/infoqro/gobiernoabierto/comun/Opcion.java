package mx.infoqro.gobiernoabierto.comun;

/**
 * An option of a select, checklist or taglist whose values the task listener supplies (the form's
 * {@code valuesKey}): what people read and the value submitted.
 */
public record Opcion(String label, String value) {}
