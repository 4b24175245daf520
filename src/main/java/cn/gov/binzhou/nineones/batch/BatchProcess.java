package cn.gov.binzhou.nineones.batch;

/** Contract of the batch process (批次): key, element ids, variables and messages. */
public final class BatchProcess {

    public static final String KEY = "nine-ones-batch";

    public static final String START = "StartEvent_BatchStarted";
    public static final String TASK_REGISTER = "Task_RegisterBatch";
    public static final String TIMER_NOMINATION_CLOSES = "Timer_NominationCloses";
    public static final String TASK_CLOSE_NOMINATION = "Task_CloseNomination";
    public static final String TIMER_APPROVAL_DEADLINE = "Timer_ApprovalDeadline";
    public static final String TASK_FIX_LIST = "Task_FixBatchList";
    public static final String EVENT_NOTIFY_LIST_FIXED = "Event_NotifyListFixed";
    public static final String END_LIST_FIXED = "EndEvent_ListFixed";

    public static final String FORM_START = "batch-start";

    /** Sent to every enterprise instance of the batch still under review when the list is fixed. */
    public static final String MESSAGE_LIST_FIXED = "Message_BatchListFixed";

    /** Variables of the start form and of a REST start; only batchCode and batchName are required. */
    public static final class Var {
        public static final String BATCH_CODE = "batchCode";
        public static final String BATCH_NAME = "batchName";
        public static final String BATCH_YEAR = "batchYear";
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
        public static final String SAMPLING_SEED = "samplingSeed";

        private Var() {
        }
    }

    private BatchProcess() {
    }
}
