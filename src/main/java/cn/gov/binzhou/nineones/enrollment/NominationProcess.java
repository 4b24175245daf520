package cn.gov.binzhou.nineones.enrollment;

/**
 * Contract of the nomination process (企业提报): the Tasklist start form whose only step is registration.
 * Groups that nominate may start this process, never the enterprise process itself.
 */
public final class NominationProcess {

    public static final String KEY = "nine-ones-nomination";

    public static final String START = "StartEvent_NominationForm";
    public static final String TASK_REGISTER = "Task_RegisterNomination";
    public static final String END_REGISTERED = "EndEvent_NominationRegistered";

    public static final String FORM_START = "nomination-start";

    /** The start form's batch field; the enterprise fields are {@link EnterpriseProcess.Field} and its variables. */
    public static final String BATCH_CODE = EnterpriseProcess.Var.BATCH_CODE.name();

    private NominationProcess() {
    }
}
