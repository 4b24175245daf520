package cn.gov.binzhou.nineones.batch;

import java.time.Instant;

/**
 * A batch (批次) of the campaign with its calendar and sampling settings. A batch started from its fixed
 * list skips nomination and approval; one that names a previous batch has a sample of that batch's
 * enterprises checked for operation in October.
 */
public record Batch(
        String code,
        String name,
        int year,
        BatchCalendar calendar,
        int samplingRatePercent,
        int samplingMinimum,
        long samplingSeed,
        BatchPhase phase,
        String processInstanceId,
        String createdBy,
        Instant createdAt,
        boolean fromFixedList,
        String previousBatchCode) {

    public boolean acceptsNominations() {
        return phase == BatchPhase.NOMINATION;
    }
}
