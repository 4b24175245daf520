package cn.gov.binzhou.nineones.accounts;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Owes a new account its first-password mail: the row in {@code nine_account_mail} and the mail's process
 * instance are written in the transaction that creates the account, so an account is never created without
 * its mail, and a mail is never sent for an account that was rolled back. Camunda's job executor, on any
 * node, then sends it.
 */
@Component
class FirstPasswordMails {

    private final AccountMailLog log;
    private final RuntimeService runtime;
    private final IdentityService identity;

    FirstPasswordMails(AccountMailLog log, RuntimeService runtime, IdentityService identity) {
        this.log = log;
        this.runtime = runtime;
        this.identity = identity;
    }

    void owe(String userId, String kind, String address, String recipientName, String organisation, String createdBy) {
        log.record(userId, kind, address, recipientName, organisation, createdBy);
        // started by our code for the person whose import or list created the account, who holds no right to start it
        SystemAccess.call(identity, () -> runtime.startProcessInstanceByKey(AccountMailProcess.KEY, userId));
    }
}
