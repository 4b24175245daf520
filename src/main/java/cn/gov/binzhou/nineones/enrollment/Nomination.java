package cn.gov.binzhou.nineones.enrollment;

import java.time.Instant;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CityDecision;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CountyDecision;
import cn.gov.binzhou.nineones.system.ConflictException;

/**
 * One enterprise nominated in one batch. Its status changes only through the methods below, which
 * refuse a change its current status does not allow ({@link NominationStatus#next()}).
 */
public record Nomination(
        long id,
        String batchCode,
        String creditCode,
        String agencyId,
        NominationStatus status,
        String source,
        String enterpriseUserId,
        String nominatedBy,
        Instant nominatedAt,
        String processInstanceId) {

    public static final String SOURCE_FORM = "FORM";
    public static final String SOURCE_IMPORT = "IMPORT";
    /** Listed by the city's import of a batch's fixed list. */
    public static final String SOURCE_FIXED_LIST = "FIXED_LIST";

    /** The business key of the enterprise process instance: {@code <batchCode>-<creditCode>}. */
    public String businessKey() {
        return EnterpriseProcess.businessKey(batchCode, creditCode);
    }

    Nomination decidedByCounty(CountyDecision decision) {
        return moveTo(switch (decision) {
            case APPROVE -> NominationStatus.COUNTY_APPROVED;
            case RETURN -> NominationStatus.RETURNED;
            case REJECT -> NominationStatus.REJECTED_BY_COUNTY;
        });
    }

    Nomination decidedByCity(CityDecision decision) {
        return moveTo(decision == CityDecision.APPROVE ? NominationStatus.CITY_APPROVED : NominationStatus.REJECTED_BY_CITY);
    }

    /** A returned nomination, revised, goes back to county review. */
    Nomination resubmitted() {
        return moveTo(NominationStatus.NOMINATED);
    }

    /** The batch list was fixed before the nomination was decided. */
    Nomination expired() {
        return moveTo(NominationStatus.EXPIRED);
    }

    Nomination moveTo(NominationStatus next) {
        if (!status.mayMoveTo(next)) {
            throw new ConflictException("提报当前状态为“" + status.label() + "”，不能变为“" + next.label() + "”");
        }
        return new Nomination(id, batchCode, creditCode, agencyId, next, source, enterpriseUserId, nominatedBy,
                nominatedAt, processInstanceId);
    }
}
