package mx.infoqro.gobiernoabierto.comun;

/**
 * One row of a process' table of user tasks ({@code TAREAS_USUARIO} in its {@code <Name>Bpmn}
 * constants class): the one place that says which user tasks a process has, which Camunda Form
 * each shows and which group works it. The tests' central registries (the authorization matrix,
 * the forms at their limit, the lengths of their fields, the walk through the lifecycle) are
 * driven by these tables, and a test checks them against the models in {@code processes/} both
 * ways, so a task added to a model and forgotten here (or a registry) fails with what to add.
 *
 * @param proceso the process key ({@code KEY} of the constants class)
 * @param id the user task's id ({@code Task_<Verbo><Cosa>}, its {@code TASK_…} constant)
 * @param formulario the form's id, as in {@code camunda:formRef} ({@code forms/<id>.form})
 * @param grupo the candidate group that works it: a {@link Grupos} constant, or {@link
 *     Autorizaciones#SUJETOS} for the responsible agency's liaisons ({@code so-<clave>}); for an
 *     expression in the model, the group it resolves to while nobody holds the case
 */
public record TareaUsuario(String proceso, String id, String formulario, String grupo) {}
