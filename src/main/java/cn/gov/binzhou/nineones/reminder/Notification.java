package cn.gov.binzhou.nineones.reminder;

import java.time.Instant;

/** One logged notice: a task's notice of one kind for one recipient, pending until its mail went out. */
public record Notification(long id, String taskId, NoticeKind kind, String recipient, String address, String taskName,
        String enterpriseName, String agencyName, Instant dueAt, String status, Instant plannedAt, Instant sentAt) {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
}
