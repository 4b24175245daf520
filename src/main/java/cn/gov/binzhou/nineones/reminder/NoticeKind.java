package cn.gov.binzhou.nineones.reminder;

/** The three deadline notices a user task can get, each at most once per recipient. */
public enum NoticeKind {
    REMINDER("即将到期提醒"),
    OVERDUE("逾期通知"),
    ESCALATION("逾期督办");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
