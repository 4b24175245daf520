package cn.gov.binzhou.nineones.batch;

import java.util.Map;
import java.util.Set;

import cn.gov.binzhou.nineones.system.ProcessVariable;
import cn.gov.binzhou.nineones.system.TaskFields;

/** Contract of the batch process (批次): key, element ids, variables, task fields and messages. */
public final class BatchProcess {

    public static final String KEY = "nine-ones-batch";

    public static final String START = "StartEvent_BatchStarted";
    public static final String TASK_REGISTER = "Task_RegisterBatch";
    public static final String GATEWAY_FROM_FIXED_LIST = "Gateway_FromFixedList";
    public static final String TIMER_NOMINATION_CLOSES = "Timer_NominationCloses";
    public static final String TASK_CLOSE_NOMINATION = "Task_CloseNomination";
    public static final String TIMER_APPROVAL_DEADLINE = "Timer_ApprovalDeadline";
    public static final String TASK_FIX_LIST = "Task_FixBatchList";
    public static final String EVENT_NOTIFY_LIST_FIXED = "Event_NotifyListFixed";
    public static final String EVENT_FIXED_LIST_IMPORTED = "Event_FixedListImported";
    public static final String TASK_CREATE_ACCOUNTS = "Task_CreateEnterpriseAccounts";
    public static final String TASK_PUBLISH_LIST = "Task_PublishList";
    public static final String SUBPROCESS_SUPERVISION = "SubProcess_Supervision";
    public static final String SUPERVISION_PLAN = "supervisionPlan";
    public static final String SUPERVISION_VISIT = "supervisionVisit";
    public static final String TIMER_SUPERVISION_ENDS = "Timer_SupervisionEnds";
    public static final String TIMER_PROGRESS_CHECK = "Timer_ProgressCheck";
    public static final String TASK_DRAW_PROGRESS_SAMPLE = "Task_DrawProgressSample";
    public static final String TIMER_ACCEPTANCE_CHECK = "Timer_AcceptanceCheck";
    public static final String TASK_DRAW_ACCEPTANCE_SAMPLE = "Task_DrawAcceptanceSample";
    public static final String EVENT_CHECKS_DONE = "Event_ChecksDone";
    public static final String TIMER_BATCH_ENDS = "Timer_BatchEnds";
    public static final String TASK_CLOSE_BATCH = "Task_CloseBatch";
    public static final String END_CLOSED = "EndEvent_BatchClosed";

    public static final String FORM_START = "batch-start";
    public static final String FORM_SUPERVISION_PLAN = "supervision-plan";
    public static final String FORM_SUPERVISION_VISIT = "supervision-visit";

    /** Sent to every enterprise instance of the batch still under review when the list is fixed. */
    public static final String MESSAGE_LIST_FIXED = "Message_BatchListFixed";
    /** Received when the city has imported a batch's fixed list. */
    public static final String MESSAGE_FIXED_LIST_IMPORTED = "Message_FixedListImported";
    /** Received when the last spot-check of the batch is recorded. */
    public static final String MESSAGE_CHECKS_DONE = "Message_ChecksDone";

    /**
     * Variables of the start form and of a REST start; only batchCode and batchName are required. After
     * registration the instance keeps {@link #BATCH_CODE}, {@link #BATCH_YEAR} and {@link #SAMPLING_SEED}.
     */
    public static final class Var {
        public static final ProcessVariable<String> BATCH_CODE = ProcessVariable.of("batchCode", String.class);
        public static final ProcessVariable<Integer> BATCH_YEAR = ProcessVariable.of("batchYear", Integer.class);
        public static final ProcessVariable<Long> SAMPLING_SEED = ProcessVariable.of("samplingSeed", Long.class);
        public static final ProcessVariable<Boolean> FROM_FIXED_LIST = ProcessVariable.of("fromFixedList", Boolean.class);
        /** The agency of one supervision branch: the element variable of the multi-instance subprocess. */
        public static final ProcessVariable<String> AGENCY_ID = ProcessVariable.of("agencyId", String.class);

        private Var() {
        }
    }

    /** The start form's fields, read once by registration. */
    public static final class Field {
        public static final String BATCH_NAME = "batchName";
        public static final String PREVIOUS_BATCH_CODE = "previousBatchCode";
        public static final String NOMINATION_CLOSES = "nominationCloses";
        public static final String CITY_APPROVAL_BY = "cityApprovalBy";
        public static final String SUPERVISION_PLANS_BY = "supervisionPlansBy";
        public static final String PROGRESS_CHECK_FROM = "progressCheckFrom";
        public static final String PROGRESS_CHECK_TO = "progressCheckTo";
        public static final String SELF_ASSESSMENT_BY = "selfAssessmentBy";
        public static final String COUNTY_ACCEPTANCE_BY = "countyAcceptanceBy";
        public static final String ACCEPTANCE_CHECK_FROM = "acceptanceCheckFrom";
        public static final String ACCEPTANCE_CHECK_TO = "acceptanceCheckTo";
        public static final String DEDUCTIONS_BY = "deductionsBy";
        public static final String SAMPLING_RATE_PERCENT = "samplingRatePercent";
        public static final String SAMPLING_MINIMUM = "samplingMinimum";

        private Field() {
        }
    }

    /** The supervision tasks' form fields. */
    public static final class Supervision {
        public static final String PLANNED_VISITS = "plannedVisits";
        public static final String GUIDANCE_FORMS = "guidanceForms";
        public static final String PLAN_PEOPLE = "planPeople";
        public static final String PLAN_NOTES = "planNotes";
        public static final String VISIT_ENTERPRISE = "visitEnterprise";
        public static final String VISIT_DATE = "visitDate";
        public static final String VISIT_FORM = "visitForm";
        public static final String VISIT_FINDINGS = "visitFindings";

        private Supervision() {
        }
    }

    public static final TaskFields TASK_FIELDS = new TaskFields(KEY, Map.of(
            SUPERVISION_PLAN, Set.of(Supervision.PLANNED_VISITS, Supervision.GUIDANCE_FORMS, Supervision.PLAN_PEOPLE,
                    Supervision.PLAN_NOTES),
            SUPERVISION_VISIT, Set.of(Supervision.VISIT_ENTERPRISE, Supervision.VISIT_DATE, Supervision.VISIT_FORM,
                    Supervision.VISIT_FINDINGS)));

    private BatchProcess() {
    }
}
