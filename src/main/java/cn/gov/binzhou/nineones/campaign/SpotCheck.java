package cn.gov.binzhou.nineones.campaign;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.binzhou.nineones.system.ConflictException;

/** One spot-check of one enterprise by the inspection group assigned to its agency. */
public record SpotCheck(
        long id,
        String batchCode,
        CheckKind kind,
        long nominationId,
        String agencyId,
        String groupId,
        LocalDate dueDate,
        boolean done,
        SpotCheckResult result,
        String deficientItems,
        String findings,
        Integer staffQuestioned,
        Integer staffAnswered,
        String checkedBy,
        Instant checkedAt) {

    static final String KEY_PREFIX = "check-";

    /** The business key of its spot-check process instance. */
    public String businessKey() {
        return KEY_PREFIX + id;
    }

    SpotCheck recorded(SpotCheckResult result, String deficientItems, String findings, int questioned, int answered,
            String by, Instant at) {
        if (done) {
            throw new ConflictException("该抽查已记录结果，不能重复记录");
        }
        return new SpotCheck(id, batchCode, kind, nominationId, agencyId, groupId, dueDate, true, result, deficientItems,
                findings, questioned, answered, by, at);
    }
}
