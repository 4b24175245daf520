package cn.gov.binzhou.nineones.evidence;

/** The task keys that take evidence files by default ({@code nineones.evidence.task-keys}). */
public final class EvidenceTasks {

    public static final String SELF_ASSESSMENT = "selfAssessment";
    public static final String COUNTY_ACCEPTANCE = "countyAcceptance";
    public static final String CITY_SPOT_CHECK = "citySpotCheck";

    private EvidenceTasks() {
    }
}
