package cn.gov.binzhou.nineones.campaign;

/** Values of {@code spotCheckResult}. */
public enum SpotCheckResult {
    EFFECTIVE("有效运行"),
    INEFFECTIVE("未有效运行"),
    NOT_ADVANCED("未按要求推进");

    private final String label;

    SpotCheckResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
