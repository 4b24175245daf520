package cn.gov.binzhou.nineones.enrollment;

/**
 * A nomination as the batch's reports count it: who, where, which industry and how far, without the
 * contact data, so that a batch of 20,000 enterprises is one light read.
 */
public record NominationSummary(long id, String creditCode, String agencyId, NominationStatus status, String name,
        Industry industry) {

    public boolean isListed() {
        return status == NominationStatus.CITY_APPROVED;
    }
}
