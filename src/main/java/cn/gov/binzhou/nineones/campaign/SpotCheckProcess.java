package cn.gov.binzhou.nineones.campaign;

import java.util.Map;
import java.util.Set;

import cn.gov.binzhou.nineones.system.TaskFields;

/**
 * Contract of the spot-check process (市级抽查): one check of one enterprise, business key
 * {@code check-<id>}; group, due date and enterprise come from the check's row.
 */
public final class SpotCheckProcess {

    public static final String KEY = "nine-ones-spot-check";

    public static final String START = "StartEvent_SpotCheck";
    public static final String CITY_SPOT_CHECK = "citySpotCheck";
    public static final String END_RECORDED = "EndEvent_SpotCheckRecorded";

    public static final String FORM_SPOT_CHECK = "city-spot-check";

    /** The form's fields: read-only copies, then what the group records. */
    public static final class Field {
        public static final String CHECK_KIND = "checkKind";
        public static final String CAMPAIGN_SUMMARY = "campaignSummary";
        public static final String SPOT_CHECK_RESULT = "spotCheckResult";
        public static final String DEFICIENT_ITEMS = "deficientItems";
        public static final String SPOT_CHECK_FINDINGS = "spotCheckFindings";
        public static final String STAFF_QUESTIONED = "staffQuestioned";
        public static final String STAFF_ANSWERED = "staffAnswered";

        private Field() {
        }
    }

    public static final TaskFields TASK_FIELDS = new TaskFields(KEY, Map.of(CITY_SPOT_CHECK, Set.of(
            Field.SPOT_CHECK_RESULT, Field.DEFICIENT_ITEMS, Field.SPOT_CHECK_FINDINGS, Field.STAFF_QUESTIONED,
            Field.STAFF_ANSWERED)));

    private SpotCheckProcess() {
    }
}
