package cn.gov.binzhou.nineones.enrollment;

import java.util.Map;
import java.util.Set;

import cn.gov.binzhou.nineones.system.ProcessVariable;
import cn.gov.binzhou.nineones.system.TaskFields;

/**
 * Contract of the enterprise process (企业推进): key, element ids, variables, task fields and messages.
 * It is started only by registration ({@link NominationService#register}), with business key
 * {@code <batchCode>-<creditCode>}; everything it routes by is read from that key and our tables.
 */
public final class EnterpriseProcess {

    public static final String KEY = "nine-ones-enterprise";

    public static final String START = "StartEvent_NominationRegistered";
    public static final String COUNTY_REVIEW = "countyReview";
    public static final String REVISE_NOMINATION = "reviseNomination";
    public static final String CITY_APPROVAL = "cityApproval";
    public static final String GATEWAY_COUNTY_DECISION = "Gateway_CountyDecision";
    public static final String GATEWAY_CITY_DECISION = "Gateway_CityDecision";
    public static final String SUBPROCESS_REVIEW = "SubProcess_Review";
    public static final String EVENT_BATCH_LIST_FIXED = "Event_BatchListFixed";
    public static final String TASK_EXPIRE = "Task_ExpireNomination";
    public static final String GATEWAY_LISTED = "Gateway_Listed";
    public static final String END_REVIEW_PASSED = "EndEvent_ReviewPassed";
    public static final String END_NOT_LISTED = "EndEvent_NotListed";
    public static final String START_FROM_FIXED_LIST = "StartEvent_ListedFromFixedList";
    public static final String EVENT_LIST_PUBLISHED = "Event_ListPublished";
    public static final String TASK_RECORD_LISTED = "Task_RecordListed";
    public static final String SUBPROCESS_ACCEPTANCE = "SubProcess_Acceptance";
    public static final String SELF_ASSESSMENT = "selfAssessment";
    public static final String COUNTY_ACCEPTANCE = "countyAcceptance";
    public static final String GATEWAY_ACCEPTANCE_RESULT = "Gateway_AcceptanceResult";
    public static final String TIMER_SELF_ASSESSMENT_DUE = "Timer_SelfAssessmentDue";
    public static final String TIMER_COUNTY_ACCEPTANCE_DUE = "Timer_CountyAcceptanceDue";
    public static final String END_COUNTY_ACCEPTED = "EndEvent_CountyAccepted";
    public static final String EVENT_ACCEPTANCE_CHECK_DRAWN = "Event_AcceptanceCheckDrawn";
    public static final String GATEWAY_SAMPLED = "Gateway_Sampled";
    public static final String CALL_ACCEPTANCE_CHECK = "CallActivity_AcceptanceCheck";
    public static final String END_ACCEPTED = "EndEvent_Accepted";
    public static final String END_INEFFECTIVE = "EndEvent_Ineffective";
    public static final String END_NOT_ADVANCED = "EndEvent_NotAdvanced";
    public static final String SUBPROCESS_PROGRESS_CHECK = "SubProcess_ProgressCheck";
    public static final String CALL_PROGRESS_CHECK = "CallActivity_ProgressCheck";
    public static final String SUBPROCESS_BATCH_CLOSED = "SubProcess_BatchClosed";
    public static final String END_CLOSED = "EndEvent_Closed";
    public static final String END_EXPIRED = "EndEvent_Expired";
    public static final String END_REJECTED_BY_COUNTY = "EndEvent_RejectedByCounty";
    public static final String END_REJECTED_BY_CITY = "EndEvent_RejectedByCity";

    public static final String MESSAGE_REGISTERED = "Message_NominationRegistered";
    public static final String MESSAGE_LISTED_FROM_FIXED_LIST = "Message_ListedFromFixedList";
    public static final String MESSAGE_LIST_PUBLISHED = "Message_ListPublished";
    public static final String MESSAGE_PROGRESS_CHECK_DRAWN = "Message_ProgressCheckDrawn";
    public static final String MESSAGE_ACCEPTANCE_CHECK_DRAWN = "Message_AcceptanceCheckDrawn";
    public static final String MESSAGE_BATCH_CLOSED = "Message_BatchClosed";
    public static final String MESSAGE_LIST_FIXED = cn.gov.binzhou.nineones.batch.BatchProcess.MESSAGE_LIST_FIXED;

    public static final String FORM_COUNTY_REVIEW = "county-review";
    public static final String FORM_REVISE = "nomination-revise";
    public static final String FORM_CITY_APPROVAL = "city-approval";
    public static final String FORM_SELF_ASSESSMENT = "self-assessment";
    public static final String FORM_COUNTY_ACCEPTANCE = "county-acceptance";

    /**
     * Process variables. The first five are set by registration for Tasklist and Cockpit to show and
     * search by; nothing routes by them. The decisions are the review tasks' declared outputs.
     */
    public static final class Var {
        public static final ProcessVariable<String> BATCH_CODE = ProcessVariable.of("batchCode", String.class);
        public static final ProcessVariable<String> AGENCY_ID = ProcessVariable.of("agencyId", String.class);
        public static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.of("agencyName", String.class);
        public static final ProcessVariable<String> CREDIT_CODE = ProcessVariable.of("creditCode", String.class);
        public static final ProcessVariable<String> ENTERPRISE_NAME = ProcessVariable.of("enterpriseName", String.class);
        public static final ProcessVariable<String> COUNTY_DECISION = ProcessVariable.of("countyDecision", String.class);
        public static final ProcessVariable<String> CITY_DECISION = ProcessVariable.of("cityDecision", String.class);
        public static final ProcessVariable<String> COMMENT = ProcessVariable.of("comment", String.class);

        private Var() {
        }
    }

    /** Enterprise data fields of the forms: read-only copies for reviewers, inputs of a revision. */
    public static final class Field {
        public static final String AGENCY = "agency";
        public static final String INDUSTRY = "industry";
        public static final String ADDRESS = "address";
        public static final String PRINCIPAL = "principal";
        public static final String PRINCIPAL_PHONE = "principalPhone";
        public static final String SAFETY_CONTACT = "safetyContact";
        public static final String CONTACT_PHONE = "contactPhone";
        public static final String CONTACT_EMAIL = "contactEmail";
        public static final String EMPLOYEES = "employees";
        public static final String FIRST_BATCH_PILOT = "firstBatchPilot";
        public static final String REVIEW_HISTORY = "reviewHistory";

        private Field() {
        }
    }

    /** The self-assessment and county acceptance forms' fields. */
    public static final class Acceptance {
        /** Read-only: the checklist items to tick ({@code [{label, value}]}, Spin JSON). */
        public static final String CHECKLIST_ITEMS = "checklistItems";
        public static final String COUNTY_FINDINGS = "countyFindings";
        public static final String SELF_ASSESSMENT_SUMMARY = "selfAssessmentSummary";
        public static final String CHECKLIST_DONE = "checklistDone";
        public static final String EVIDENCE_NOTES = "evidenceNotes";
        public static final String PRINCIPAL_NAME = "principalName";
        public static final String ATTESTED_ON = "attestedOn";
        public static final String ACCEPTANCE_RESULT = "acceptanceResult";
        public static final String FAILED_ITEMS = "failedItems";
        public static final String ACCEPTANCE_FINDINGS = "acceptanceFindings";

        private Acceptance() {
        }
    }

    /** Values of {@code acceptanceResult}. */
    public enum AcceptanceResult { PASS, FAIL }

    /** What a person completing each task may set; anything else is refused. */
    public static final TaskFields TASK_FIELDS = new TaskFields(KEY, Map.of(
            COUNTY_REVIEW, Set.of(Var.COUNTY_DECISION.name(), Var.COMMENT.name()),
            CITY_APPROVAL, Set.of(Var.CITY_DECISION.name(), Var.COMMENT.name()),
            REVISE_NOMINATION, Set.of(Var.ENTERPRISE_NAME.name(), Field.INDUSTRY, Field.ADDRESS, Field.PRINCIPAL,
                    Field.PRINCIPAL_PHONE, Field.SAFETY_CONTACT, Field.CONTACT_PHONE, Field.CONTACT_EMAIL,
                    Field.EMPLOYEES, Field.FIRST_BATCH_PILOT),
            SELF_ASSESSMENT, Set.of(Acceptance.CHECKLIST_DONE, Acceptance.EVIDENCE_NOTES, Acceptance.PRINCIPAL_NAME,
                    Acceptance.ATTESTED_ON),
            COUNTY_ACCEPTANCE, Set.of(Acceptance.ACCEPTANCE_RESULT, Acceptance.FAILED_ITEMS, Acceptance.ACCEPTANCE_FINDINGS)));

    /** Values of {@code countyDecision}. */
    public enum CountyDecision { APPROVE, RETURN, REJECT }

    /** Values of {@code cityDecision}. */
    public enum CityDecision { APPROVE, REJECT }

    public static String businessKey(String batchCode, String creditCode) {
        return batchCode + "-" + creditCode;
    }

    private EnterpriseProcess() {
    }
}
