package cn.gov.binzhou.nineones.enrollment;

import java.time.Instant;

/** One enterprise nominated in one batch. */
public record Nomination(
        long id,
        String batchCode,
        long enterpriseId,
        String creditCode,
        String agencyId,
        NominationStatus status,
        String source,
        String enterpriseUserId,
        String nominatedBy,
        Instant nominatedAt,
        String processInstanceId,
        String enterpriseName) {

    public static final String SOURCE_FORM = "FORM";
    public static final String SOURCE_IMPORT = "IMPORT";

    /** The business key of the enterprise process instance: {@code <batchCode>-<creditCode>}. */
    public String businessKey() {
        return EnterpriseProcess.businessKey(batchCode, creditCode);
    }
}
