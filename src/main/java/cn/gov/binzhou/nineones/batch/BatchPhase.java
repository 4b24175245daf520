package cn.gov.binzhou.nineones.batch;

/** Where a batch stands in its cycle. */
public enum BatchPhase {
    NOMINATION("提报中"),
    APPROVAL("审定中"),
    LIST_FIXED("名单已确定");

    private final String label;

    BatchPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
