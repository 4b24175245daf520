package cn.gov.binzhou.nineones.reminder;

/** Contract of the deadline sweeper process (期限催办): key and element ids. */
public final class ReminderProcess {

    public static final String KEY = "nine-ones-reminders";

    public static final String START = "StartEvent_SweepDue";
    public static final String TASK_PLAN = "Task_PlanNotices";
    /** Starts one {@link DigestProcess} per recipient with pending notices; the sweep does not wait for them. */
    public static final String TASK_START_DIGESTS = "Task_StartDigests";
    public static final String END_SWEPT = "EndEvent_Swept";

    private ReminderProcess() {
    }
}
