package cn.gov.binzhou.nineones.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A batch's statistics, computed once from our tables and the engine's open tasks, rendered twice: as
 * Attachment 2 (xlsx) and as the dashboard's JSON ({@code GET /api/batches/{batchCode}/statistics}).
 * Only the agencies the caller may see are in it.
 *
 * @param columns Attachment 2's count columns in order, the last being 扣分 ({@link Line#points()})
 * @param agencies per agency, in the notice's order: Attachment 2's row
 * @param agencyTotal the 合计 row of the agencies
 * @param industries per industry: Attachment 2's second sheet
 * @param industryTotal the 合计 row of the industries
 * @param stages the stages {@link AgencyProgress#enterprisesByStage()} counts by, in order
 * @param progress per agency: where its enterprises stand, its overdue tasks and its December checks
 * @param deductionRanking the agencies by confirmed deduction points, most first
 */
public record BatchStatistics(String batchCode, String batchName, List<String> columns, List<Line> agencies,
        Line agencyTotal, List<Line> industries, Line industryTotal, List<Stage> stages, List<AgencyProgress> progress,
        List<Ranked> deductionRanking) {

    /** One row of Attachment 2: the counts in the order of {@code columns} without 扣分, then the confirmed points. */
    public record Line(String key, String label, List<Long> counts, BigDecimal points) {
    }

    /** A stage an enterprise may stand at: {@code IN_REVIEW} for a nomination still in review, else a campaign stage. */
    public record Stage(String key, String label) {
    }

    /**
     * An agency's progress: its enterprises per stage key, its open tasks past their due date (candidate
     * group {@code county-<id>}), and its December checks with the share found effective ({@code null}
     * before any check is done).
     */
    public record AgencyProgress(String agencyId, String agency, Map<String, Long> enterprisesByStage, long overdueTasks,
            long checked, long effective, long ineffective, long notAdvanced, BigDecimal passRate) {
    }

    /** A place in the deduction ranking. */
    public record Ranked(int rank, String agencyId, String agency, BigDecimal points) {
    }
}
