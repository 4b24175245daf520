package cn.gov.binzhou.nineones.enrollment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a nomination stands, and where it may go from there. Each change is kept as an event with who,
 * when and why; the statuses without a next one are final.
 */
public enum NominationStatus {
    NOMINATED("待县级审核"),
    RETURNED("退回修改"),
    REJECTED_BY_COUNTY("县级驳回"),
    COUNTY_APPROVED("待市级审定"),
    REJECTED_BY_CITY("市级驳回"),
    CITY_APPROVED("市级审定通过"),
    EXPIRED("审定期限已过，未列入");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a nomination in this status may move to. */
    public Set<NominationStatus> next() {
        return switch (this) {
            case NOMINATED -> EnumSet.of(COUNTY_APPROVED, RETURNED, REJECTED_BY_COUNTY, EXPIRED);
            case RETURNED -> EnumSet.of(NOMINATED, EXPIRED);
            case COUNTY_APPROVED -> EnumSet.of(CITY_APPROVED, REJECTED_BY_CITY, EXPIRED);
            case REJECTED_BY_COUNTY, REJECTED_BY_CITY, CITY_APPROVED, EXPIRED -> EnumSet.noneOf(NominationStatus.class);
        };
    }

    public boolean mayMoveTo(NominationStatus next) {
        return next().contains(next);
    }
}
