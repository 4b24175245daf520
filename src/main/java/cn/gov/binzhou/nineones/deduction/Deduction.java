package cn.gov.binzhou.nineones.deduction;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the deduction ledger (扣分台账): a finding, its points and every step taken on it. */
public record Deduction(
        long id,
        String batchCode,
        String agencyId,
        long nominationId,
        Long checkId,
        String checkKind,
        String finding,
        boolean countyPassed,
        int round,
        BigDecimal pointsProposed,
        boolean capped,
        Status status,
        String objection,
        String objectedBy,
        Instant objectedAt,
        boolean objectionLapsed,
        String decision,
        BigDecimal pointsConfirmed,
        String decisionComment,
        String decidedBy,
        Instant decidedAt,
        Rectification rectification,
        String rectificationReport,
        Instant rectifiedAt,
        Instant proposedAt) {

    /** Where the deduction stands. Only CONFIRMED counts. */
    public enum Status {
        PROPOSED("待申诉"), AWAITING_CONFIRMATION("待领导确认"), CONFIRMED("已确认"), REJECTED("不予扣分");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The finding's rectification. */
    public enum Rectification {
        NONE("—"), OPEN("整改中"), RECHECKING("待复查"), RECTIFIED("已整改，复查通过"), FAILED("复查未通过");

        private final String label;

        Rectification(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String businessKey() {
        return DeductionService.KEY_PREFIX + id;
    }
}
