package cn.gov.binzhou.nineones.deduction;

import java.util.Map;
import java.util.Set;

import cn.gov.binzhou.nineones.system.ProcessVariable;
import cn.gov.binzhou.nineones.system.TaskFields;

/**
 * Contract of the deduction process (扣分): one finding's proposed points, the agency's one objection,
 * the leader's confirmation, rectification and re-check. Business key {@code deduction-<id>} (a row of the
 * ledger {@code nine_deduction}); started only by our code when a finding is recorded.
 */
public final class DeductionProcess {

    public static final String KEY = "nine-ones-deduction";
    public static final String DECISION_POINTS = "nine-ones-deduction-points";

    public static final String START = "StartEvent_FindingRecorded";
    public static final String TASK_PROPOSE_POINTS = "Task_ProposePoints";
    public static final String TASK_RECORD_PROPOSAL = "Task_RecordProposal";
    public static final String DEDUCTION_OBJECTION = "deductionObjection";
    public static final String TIMER_OBJECTION_LAPSES = "Timer_ObjectionLapses";
    public static final String TASK_LAPSE_OBJECTION = "Task_LapseObjection";
    public static final String CONFIRM_DEDUCTION = "confirmDeduction";
    public static final String GATEWAY_DECISION = "Gateway_Decision";
    public static final String RECTIFICATION = "rectification";
    public static final String CALL_RECHECK = "CallActivity_Recheck";
    public static final String GATEWAY_RECHECK = "Gateway_RecheckResult";
    public static final String END_REJECTED = "EndEvent_DeductionRejected";
    public static final String END_RECTIFIED = "EndEvent_Rectified";
    public static final String END_RECHECK_FAILED = "EndEvent_RecheckFailed";

    public static final String FORM_OBJECTION = "deduction-objection";
    public static final String FORM_CONFIRM = "deduction-confirm";
    public static final String FORM_RECTIFICATION = "rectification";

    /** Variables: the decision's inputs and result, set by our code; the tasks' declared outputs. */
    public static final class Var {
        public static final ProcessVariable<String> CHECK_KIND = ProcessVariable.of("checkKind", String.class);
        public static final ProcessVariable<String> FINDING = ProcessVariable.of("finding", String.class);
        public static final ProcessVariable<Boolean> COUNTY_PASSED = ProcessVariable.of("countyPassed", Boolean.class);
        public static final ProcessVariable<Double> POINTS = ProcessVariable.of("points", Double.class);
        public static final ProcessVariable<String> DEDUCTION_DECISION = ProcessVariable.of("deductionDecision", String.class);

        private Var() {
        }
    }

    /** The tasks' form fields. */
    public static final class Field {
        public static final String EVIDENCE = "deductionEvidence";
        public static final String PROPOSED_POINTS = "proposedPoints";
        public static final String OBJECTION = "objection";
        public static final String CONFIRMED_POINTS = "points";
        public static final String COMMENT = "comment";
        public static final String RECTIFICATION_REPORT = "rectificationReport";

        private Field() {
        }
    }

    /** Values of {@code deductionDecision}. */
    public enum Decision { CONFIRM, ADJUST, REJECT }

    public static final TaskFields TASK_FIELDS = new TaskFields(KEY, Map.of(
            DEDUCTION_OBJECTION, Set.of(Field.OBJECTION),
            CONFIRM_DEDUCTION, Set.of(Var.DEDUCTION_DECISION.name(), Field.CONFIRMED_POINTS, Field.COMMENT),
            RECTIFICATION, Set.of(Field.RECTIFICATION_REPORT)));

    private DeductionProcess() {
    }
}
