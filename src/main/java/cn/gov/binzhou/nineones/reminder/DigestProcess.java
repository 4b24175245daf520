package cn.gov.binzhou.nineones.reminder;

/**
 * Contract of one recipient's digest (汇总邮件): key and element ids. Its business key is the recipient
 * (a user id, or {@code mailbox:<address>}), set by the sweep from the notification log; nobody else starts it.
 */
public final class DigestProcess {

    public static final String KEY = "nine-ones-digest";

    public static final String START = "StartEvent_DigestOwed";
    /** Asynchronous: the send job, retried R5/PT5M, then an incident. */
    public static final String TASK_SEND = "Task_SendDigest";
    public static final String END_SENT = "EndEvent_DigestSent";

    private DigestProcess() {
    }
}
