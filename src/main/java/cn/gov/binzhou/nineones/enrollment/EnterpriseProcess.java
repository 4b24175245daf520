package cn.gov.binzhou.nineones.enrollment;

/** Contract of the enterprise process (企业推进): key, element ids, variables and messages. */
public final class EnterpriseProcess {

    public static final String KEY = "nine-ones-enterprise";

    public static final String START_FORM = "StartEvent_NominatedByForm";
    public static final String START_IMPORT = "StartEvent_NominationImported";
    public static final String TASK_REGISTER = "Task_RegisterNomination";
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
    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String END_NOT_LISTED = "EndEvent_NotListed";
    public static final String END_EXPIRED = "EndEvent_Expired";
    public static final String END_REJECTED_BY_COUNTY = "EndEvent_RejectedByCounty";
    public static final String END_REJECTED_BY_CITY = "EndEvent_RejectedByCity";

    public static final String MESSAGE_IMPORTED = "Message_NominationImported";
    public static final String MESSAGE_LIST_FIXED = cn.gov.binzhou.nineones.batch.BatchProcess.MESSAGE_LIST_FIXED;

    public static final String FORM_START = "nomination-start";
    public static final String FORM_COUNTY_REVIEW = "county-review";
    public static final String FORM_REVISE = "nomination-revise";
    public static final String FORM_CITY_APPROVAL = "city-approval";

    /** Process variables: ids and routing facts; the enterprise's data lives in the domain tables. */
    public static final class Var {
        public static final String BATCH_CODE = "batchCode";
        public static final String NOMINATION_ID = "nominationId";
        public static final String AGENCY_ID = "agencyId";
        public static final String AGENCY_NAME = "agencyName";
        public static final String CREDIT_CODE = "creditCode";
        public static final String ENTERPRISE_NAME = "enterpriseName";
        public static final String ENTERPRISE_USER_ID = "enterpriseUserId";
        public static final String COUNTY_DECISION = "countyDecision";
        public static final String CITY_DECISION = "cityDecision";
        public static final String COMMENT = "comment";

        private Var() {
        }
    }

    /** Enterprise data fields of the start and revise forms, shown read-only to reviewers. */
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

        private Field() {
        }
    }

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
