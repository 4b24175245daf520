package cn.gov.binzhou.nineones.campaign;

/** The city's spot-checks of a batch. */
public enum CheckKind {
    /** October: progress of the batch's own sampled enterprises. */
    PROGRESS("十月推进情况抽查"),
    /** October: how the previous batch's sampled enterprises run the system, after their own cycle ended. */
    OPERATION("上一批次运行情况抽查"),
    /** December: acceptance of the county-accepted sample and of every enterprise that missed a date. */
    ACCEPTANCE("十二月抽查验收"),
    /** After a deduction's rectification: the same group checks again. */
    RECHECK("整改复查");

    private final String label;

    CheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
