package mx.infoqro.gobiernoabierto.privacidad;

/** The processing a person may oppose (ARCO opposition). */
public enum TratamientoArco {
  /** E-mails of the commission about the exercise: the participant is not contacted any more. */
  COMUNICACIONES,
  /** Use of gender and municipality in participation statistics: the values are removed. */
  ESTADISTICAS,
  /** Any other processing: recorded and attended by the data-protection staff. */
  OTRO
}
