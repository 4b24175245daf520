package cn.gov.binzhou.nineones.accounts;

/**
 * Contract of one account's first-password mail (首次密码邮件): key and element ids. Its business key is the
 * account's user id, set by our code in the transaction that creates the account; nobody else starts it.
 */
public final class AccountMailProcess {

    public static final String KEY = "nine-ones-account-mail";

    public static final String START = "StartEvent_AccountCreated";
    /** Asynchronous: the send job, retried R10/PT5M, then an incident. */
    public static final String TASK_SEND = "Task_SendFirstPassword";
    public static final String END_SENT = "EndEvent_PasswordSent";

    private AccountMailProcess() {
    }
}
