package mx.infoqro.gobiernoabierto;

/** {@link FormulariosAlLimite} on H2, the embedded default database. */
class FormulariosAlLimiteH2Test extends FormulariosAlLimite {}
