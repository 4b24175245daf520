package cn.gov.binzhou.nineones.enrollment;

/** Where a nomination stands; each status change is kept as an event with who, when and why. */
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
}
