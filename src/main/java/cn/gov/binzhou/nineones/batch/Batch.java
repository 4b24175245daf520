package cn.gov.binzhou.nineones.batch;

import java.time.Instant;

/** A batch (批次) of the campaign with its calendar and sampling settings. */
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
        Instant createdAt) {

    public boolean acceptsNominations() {
        return phase == BatchPhase.NOMINATION;
    }
}
