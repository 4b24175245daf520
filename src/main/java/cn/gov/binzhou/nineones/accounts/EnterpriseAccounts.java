package cn.gov.binzhou.nineones.accounts;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.binzhou.nineones.enrollment.EnterpriseData;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Tasklist accounts for the listed enterprises of a batch, from their nominations' contact e-mail, so no
 * administrator types hundreds of users. Called when the list is fixed, from the batch process as
 * {@code ${enterpriseAccounts.ensureFor(batchCode)}}. Idempotent: an enterprise that has its user
 * already is skipped; an account the enterprise got in an earlier batch is linked again, without mail.
 */
@Component("enterpriseAccounts")
public class EnterpriseAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseAccounts.class);
    static final String USER_PREFIX = "e";

    private final Nominations nominations;
    private final Accounts accounts;
    private final FirstPasswordMails mails;

    EnterpriseAccounts(Nominations nominations, Accounts accounts, FirstPasswordMails mails) {
        this.nominations = nominations;
        this.accounts = accounts;
        this.mails = mails;
    }

    /** The account id of an enterprise: {@code e} and its credit code in lower case. */
    static String userIdFor(String creditCode) {
        return USER_PREFIX + creditCode.toLowerCase(Locale.ROOT);
    }

    /**
     * Gives every listed enterprise of the batch with a contact e-mail and no account yet its account, and
     * owes each new account its first-password mail, sent once this transaction has committed.
     */
    @Transactional
    public void ensureFor(String batchCode) {
        for (NominatedEnterprise listed : nominations.inBatch(batchCode)) {
            if (needsAccount(listed)) {
                ensureAccount(listed);
            }
        }
    }

    private static boolean needsAccount(NominatedEnterprise candidate) {
        Nomination nomination = candidate.nomination();
        String email = candidate.enterprise().contactEmail();
        return nomination.status() == NominationStatus.CITY_APPROVED && nomination.enterpriseUserId() == null
                && email != null && !email.isBlank();
    }

    /** Links the enterprise's account, creating it (and owing its mail) where missing. */
    private void ensureAccount(NominatedEnterprise listed) {
        Nomination nomination = listed.nomination();
        String userId = userIdFor(nomination.creditCode());
        if (accounts.exists(userId)) {
            if (!accounts.isMember(userId, Groups.ENTERPRISE)) {
                LOG.warn("User {} exists but is no enterprise account; nomination {} left without one", userId,
                        nomination.id());
                return;
            }
            nominations.assignEnterpriseUser(nomination.id(), userId);
            return;
        }
        EnterpriseData enterprise = listed.enterprise();
        String contact = contactOf(enterprise);
        accounts.create(userId, enterprise.name(), contact, enterprise.contactEmail().strip(), Groups.ENTERPRISE);
        nominations.assignEnterpriseUser(nomination.id(), userId);
        mails.owe(userId, AccountMail.ENTERPRISE, enterprise.contactEmail().strip(), contact, enterprise.name(),
                CurrentUser.id());
    }

    private static String contactOf(EnterpriseData enterprise) {
        String contact = enterprise.safetyContact();
        return contact == null || contact.isBlank() ? enterprise.principal() : contact;
    }
}
