package mx.infoqro.gobiernoabierto.comun;

/**
 * One option of a select, radio, checklist or taglist whose options a task listener provides (the
 * field's {@code valuesKey}): what the person reads and the value submitted.
 */
public record OpcionFormulario(String label, String value) {}
