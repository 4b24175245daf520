package cn.gov.binzhou.nineones.enrollment;

import java.time.Instant;

/** A step in a nomination's history: who decided what, when, and why. */
public record NominationEvent(long nominationId, String step, String decision, NominationStatus statusAfter,
        String comment, String actor, String taskId, Instant occurredAt) {
}
