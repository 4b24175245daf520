package cn.gov.binzhou.nineones.reminder;

/**
 * The notices a user task can get, each at most once per recipient: three about its deadline, and two
 * that tell an agency of a deduction proposed or confirmed against it.
 */
public enum NoticeKind {
    REMINDER("即将到期提醒"),
    OVERDUE("逾期通知"),
    ESCALATION("逾期督办"),
    DEDUCTION_PROPOSED("扣分建议通知"),
    DEDUCTION_CONFIRMED("扣分确认通知");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
