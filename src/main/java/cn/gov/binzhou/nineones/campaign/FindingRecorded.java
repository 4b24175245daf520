package cn.gov.binzhou.nineones.campaign;

/**
 * A finding against an agency's enterprise (未有效运行 or 未按要求推进): a spot-check's result, or a hard
 * date missed. Published in the transaction that records it; the deduction capability proposes points.
 *
 * @param checkId      the check that found it; {@code null} for a missed date
 * @param kind         the check's kind ({@link CheckKind}, or {@code RECHECK}), or {@code DEADLINE}
 * @param countyPassed whether the agency's own acceptance had passed the enterprise
 * @param checkedBy    who recorded the check; {@code null} for a missed date
 * @param groupId      the inspection group that checked it; {@code null} for a missed date
 */
public record FindingRecorded(String batchCode, String agencyId, long nominationId, Long checkId, String kind,
        String finding, boolean countyPassed, String checkedBy, String groupId) {

    public static final String DEADLINE = "DEADLINE";
}
