package cn.gov.binzhou.nineones.campaign;

import java.time.Instant;

import cn.gov.binzhou.nineones.system.ConflictException;

/**
 * A listed enterprise's campaign record for its batch: the aggregate its steps move. Each method
 * refuses a change its stage does not allow ({@link CampaignStage#next()}); times once set stay set, so
 * a count of what happened never drops because a later step happened.
 */
public record CampaignRecord(
        long nominationId,
        String batchCode,
        String agencyId,
        CampaignStage stage,
        Instant listedAt,
        Instant selfAssessedAt,
        Instant countyAcceptedAt,
        int countyFailures,
        String overdueStep,
        Instant overdueAt,
        Instant resultAt) {

    /** The steps whose hard date can pass. */
    public enum Step { SELF_ASSESSMENT, COUNTY_ACCEPTANCE }

    static CampaignRecord listed(long nominationId, String batchCode, String agencyId, Instant at) {
        return new CampaignRecord(nominationId, batchCode, agencyId, CampaignStage.LISTED, at, null, null, 0, null, null, null);
    }

    CampaignRecord selfAssessing() {
        return to(CampaignStage.SELF_ASSESSING);
    }

    CampaignRecord selfAssessed(Instant at) {
        CampaignRecord next = to(CampaignStage.AWAITING_ACCEPTANCE);
        return new CampaignRecord(nominationId, batchCode, agencyId, next.stage, listedAt,
                selfAssessedAt == null ? at : selfAssessedAt, countyAcceptedAt, countyFailures, overdueStep, overdueAt, resultAt);
    }

    CampaignRecord countyAccepted(Instant at) {
        CampaignRecord next = to(CampaignStage.COUNTY_ACCEPTED);
        return new CampaignRecord(nominationId, batchCode, agencyId, next.stage, listedAt, selfAssessedAt, at,
                countyFailures, overdueStep, overdueAt, resultAt);
    }

    /** The county found the self-assessment wanting: back to the enterprise. */
    CampaignRecord countyFailed() {
        CampaignRecord next = to(CampaignStage.SELF_ASSESSING);
        return new CampaignRecord(nominationId, batchCode, agencyId, next.stage, listedAt, selfAssessedAt,
                countyAcceptedAt, countyFailures + 1, overdueStep, overdueAt, resultAt);
    }

    CampaignRecord overdue(Step step, Instant at) {
        CampaignRecord next = to(CampaignStage.OVERDUE);
        return new CampaignRecord(nominationId, batchCode, agencyId, next.stage, listedAt, selfAssessedAt,
                countyAcceptedAt, countyFailures, step.name(), at, resultAt);
    }

    CampaignRecord checking() {
        return to(CampaignStage.CHECKING);
    }

    /** A final result: the December check's finding, or accepted without a check, or closed with the batch. */
    CampaignRecord finished(CampaignStage result, Instant at) {
        if (!result.isFinal()) {
            throw new IllegalArgumentException(result + " is not a final result");
        }
        CampaignRecord next = to(result);
        return new CampaignRecord(nominationId, batchCode, agencyId, next.stage, listedAt, selfAssessedAt,
                countyAcceptedAt, countyFailures, overdueStep, overdueAt, at);
    }

    private CampaignRecord to(CampaignStage next) {
        if (!stage.next().contains(next)) {
            throw new ConflictException("企业推进记录当前为“" + stage.label() + "”，不能变为“" + next.label() + "”");
        }
        return new CampaignRecord(nominationId, batchCode, agencyId, next, listedAt, selfAssessedAt, countyAcceptedAt,
                countyFailures, overdueStep, overdueAt, resultAt);
    }
}
