package cn.gov.binzhou.nineones.reminder;

import cn.gov.binzhou.nineones.system.ProcessVariable;

/** Contract of the deadline sweeper process (期限催办): key, element ids and variables. */
public final class ReminderProcess {

    public static final String KEY = "nine-ones-reminders";

    public static final String START = "StartEvent_SweepDue";
    public static final String TASK_PLAN = "Task_PlanNotices";
    public static final String GATEWAY_ANY_DUE = "Gateway_AnyNoticeDue";
    /** One instance per recipient; its sends run in parallel, its end (the join) one at a time. */
    public static final String SUBPROCESS_SEND_DIGEST = "SubProcess_SendDigest";
    public static final String START_DIGEST = "StartEvent_Digest";
    public static final String TASK_SEND_DIGEST = "Task_SendDigest";
    public static final String END_DIGEST_SENT = "EndEvent_DigestSent";
    public static final String END_SENT = "EndEvent_NoticesSent";
    public static final String END_NOTHING_DUE = "EndEvent_NothingDue";

    /** Who gets a digest in this run: user ids, or {@code mailbox:<address>} for agency office mailboxes. */
    public static final String VAR_RECIPIENTS = "recipients";
    /** One recipient: the element variable of the multi-instance send sub-process. */
    public static final ProcessVariable<String> RECIPIENT = ProcessVariable.of("recipient", String.class);

    private ReminderProcess() {
    }
}
