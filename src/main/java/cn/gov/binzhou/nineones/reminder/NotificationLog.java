package cn.gov.binzhou.nineones.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * The notification log. Its unique key (task, kind, recipient) keeps a notice from being planned
 * twice, by any node; sending locks a recipient's pending rows, so two nodes never send them both.
 */
@Repository
public class NotificationLog {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    NotificationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans a notice unless it is already logged; true when this call planned it. Should another node
     * plan the same notice at the same moment, the unique key fails this transaction, and the engine
     * retries the job, which then finds the notice logged.
     */
    boolean plan(String taskId, NoticeKind kind, Recipients.Recipient recipient, String taskName, String enterpriseName,
            String agencyName, Instant dueAt) {
        if (logged(taskId, kind, recipient.id())) {
            return false;
        }
        insert(taskId, kind, recipient, taskName, enterpriseName, agencyName, dueAt);
        return true;
    }

    /** Logs a notice known not to be logged yet (the unique key refuses it should another node log it meanwhile). */
    void insert(String taskId, NoticeKind kind, Recipients.Recipient recipient, String taskName, String enterpriseName,
            String agencyName, Instant dueAt) {
        jdbc.sql("""
                insert into nine_notification (task_id, kind, recipient, recipient_address, task_name, enterprise_name,
                  agency_name, due_at, status, planned_at, attempts)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(taskId, kind.name(), recipient.id(), recipient.address(), taskName, enterpriseName, agencyName,
                        dueAt == null ? null : Timestamp.from(dueAt), Notification.PENDING,
                        Timestamp.from(CampaignTime.now().toInstant()))
                .update();
    }

    /** The notices logged for these tasks, as {@link #key(String, NoticeKind, String)}s: read in chunks of ids. */
    Set<String> loggedFor(List<String> taskIds) {
        Set<String> keys = new HashSet<>();
        for (int from = 0; from < taskIds.size(); from += CHUNK) {
            List<String> chunk = taskIds.subList(from, Math.min(from + CHUNK, taskIds.size()));
            jdbc.sql("select task_id, kind, recipient from nine_notification where task_id in (:ids)").param("ids", chunk)
                    .query((rs, row) -> key(rs.getString("task_id"), NoticeKind.valueOf(rs.getString("kind")),
                            rs.getString("recipient")))
                    .list().forEach(keys::add);
        }
        return keys;
    }

    static String key(String taskId, NoticeKind kind, String recipient) {
        return taskId + '|' + kind.name() + '|' + recipient;
    }

    boolean logged(String taskId, NoticeKind kind, String recipient) {
        return jdbc.sql("select count(*) from nine_notification where task_id = ? and kind = ? and recipient = ?")
                .params(taskId, kind.name(), recipient).query(Long.class).single() > 0;
    }

    List<String> recipientsWithPending() {
        return jdbc.sql("select distinct recipient from nine_notification where status = ? order by recipient")
                .param(Notification.PENDING).query(String.class).list();
    }

    /** The recipient's pending notices, locked until the sending transaction ends. */
    List<Notification> lockPending(String recipient) {
        return jdbc.sql("select * from nine_notification where recipient = ? and status = ? order by due_at, id for update")
                .params(recipient, Notification.PENDING).query(NotificationLog::map).list();
    }

    void markSent(List<Notification> sent) {
        Timestamp now = Timestamp.from(CampaignTime.now().toInstant());
        for (Notification notification : sent) {
            jdbc.sql("update nine_notification set status = ?, sent_at = ?, attempts = attempts + 1 where id = ?")
                    .params(Notification.SENT, now, notification.id()).update();
        }
    }

    public List<Notification> recent(int limit) {
        return jdbc.sql("select * from nine_notification order by planned_at desc, id desc limit ?").param(limit)
                .query(NotificationLog::map).list();
    }

    public List<Notification> forTask(String taskId) {
        return jdbc.sql("select * from nine_notification where task_id = ? order by id").param(taskId)
                .query(NotificationLog::map).list();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("task_id"), NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("recipient"), rs.getString("recipient_address"), rs.getString("task_name"),
                rs.getString("enterprise_name"), rs.getString("agency_name"), instant(rs.getTimestamp("due_at")),
                rs.getString("status"), instant(rs.getTimestamp("planned_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
