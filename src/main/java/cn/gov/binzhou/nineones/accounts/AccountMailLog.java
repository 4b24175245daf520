package cn.gov.binzhou.nineones.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * The log of account mails ({@code nine_account_mail}), written in the transaction that creates the
 * account, so no account is ever created without its mail being owed. One row per user (unique key):
 * no account gets a second first-password mail. Sending locks its row, so it is never sent twice at once.
 */
@Repository
class AccountMailLog {

    private final JdbcClient jdbc;

    AccountMailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Owes a new account its first-password mail. Should the user id have had an account before (deleted
     * in Camunda Admin since), its old row is owed again rather than duplicated.
     */
    void record(String userId, String kind, String address, String recipientName, String organisation, String createdBy) {
        Optional<AccountMail> earlier = forUser(userId);
        if (earlier.isPresent()) {
            jdbc.sql("""
                    update nine_account_mail set kind = ?, address = ?, recipient_name = ?, organisation = ?, status = ?,
                      attempts = 0, last_error = null, created_by = ?, created_at = ?, sent_at = null where id = ?""")
                    .params(kind, address, recipientName, organisation, AccountMail.PENDING, createdBy, now(),
                            earlier.get().id())
                    .update();
            return;
        }
        jdbc.sql("""
                insert into nine_account_mail (user_id, kind, address, recipient_name, organisation, status, attempts,
                  created_by, created_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(userId, kind, address, recipientName, organisation, AccountMail.PENDING, createdBy, now())
                .update();
    }

    /** The user's mail if it is still pending, locked until the sending transaction ends. */
    Optional<AccountMail> lockPending(String userId) {
        return jdbc.sql("select * from nine_account_mail where user_id = ? and status = ? for update")
                .params(userId, AccountMail.PENDING).query(AccountMailLog::map).optional();
    }

    void markSent(long id) {
        jdbc.sql("update nine_account_mail set status = ?, sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                .params(AccountMail.SENT, now(), id).update();
    }

    /** Gives the mail up: it cannot be sent at all (the account is gone). */
    void markFailed(long id, String reason) {
        jdbc.sql("update nine_account_mail set status = ?, last_error = ? where id = ? and status = ?")
                .params(AccountMail.FAILED, reason, id, AccountMail.PENDING).update();
    }

    Optional<AccountMail> forUser(String userId) {
        return jdbc.sql("select * from nine_account_mail where user_id = ?").param(userId).query(AccountMailLog::map)
                .optional();
    }

    private static Timestamp now() {
        return Timestamp.from(CampaignTime.now().toInstant());
    }

    private static AccountMail map(ResultSet rs, int row) throws SQLException {
        return new AccountMail(rs.getLong("id"), rs.getString("user_id"), rs.getString("kind"), rs.getString("address"),
                rs.getString("recipient_name"), rs.getString("organisation"), rs.getString("status"),
                rs.getInt("attempts"));
    }
}
