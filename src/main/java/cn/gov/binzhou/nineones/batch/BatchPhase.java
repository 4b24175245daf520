package cn.gov.binzhou.nineones.batch;

/** Where a batch stands in its cycle, in this order. */
public enum BatchPhase {
    NOMINATION("提报中"),
    APPROVAL("审定中"),
    AWAITING_LIST("待导入确定名单"),
    LIST_FIXED("名单已确定，督导推进中"),
    PROGRESS_CHECK("十月抽查中"),
    ACCEPTANCE_CHECK("十二月抽查验收中"),
    CLOSED("已结束");

    private final String label;

    BatchPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the batch is in this phase or past it. */
    public boolean reached(BatchPhase phase) {
        return compareTo(phase) >= 0;
    }
}
