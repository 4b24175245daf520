package cn.gov.binzhou.nineones.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dates of one batch (DESIGN §3), set when the batch starts. */
public record BatchCalendar(
        LocalDate nominationCloses,
        LocalDate cityApprovalBy,
        LocalDate supervisionPlansBy,
        LocalDate progressCheckFrom,
        LocalDate progressCheckTo,
        LocalDate selfAssessmentBy,
        LocalDate countyAcceptanceBy,
        LocalDate acceptanceCheckFrom,
        LocalDate acceptanceCheckTo,
        LocalDate deductionsBy) {

    /** The default calendar of DESIGN §3 (second batch, 2023), moved to the given year. */
    public static BatchCalendar defaultFor(int year) {
        return new BatchCalendar(
                LocalDate.of(year, 9, 15), LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 10),
                LocalDate.of(year, 10, 16), LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 20),
                LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 20),
                LocalDate.of(year, 12, 31));
    }

    /** The order problems of this calendar, in Chinese; empty when the dates follow each other. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        order(problems, nominationCloses, "提报截止", cityApprovalBy, "市级审定截止");
        order(problems, cityApprovalBy, "市级审定截止", supervisionPlansBy, "督导检查方案截止");
        order(problems, progressCheckFrom, "十月抽查开始", progressCheckTo, "十月抽查结束");
        order(problems, cityApprovalBy, "市级审定截止", progressCheckFrom, "十月抽查开始");
        order(problems, selfAssessmentBy, "企业自评截止", countyAcceptanceBy, "县级验收截止");
        order(problems, countyAcceptanceBy, "县级验收截止", acceptanceCheckFrom, "十二月抽查开始");
        order(problems, acceptanceCheckFrom, "十二月抽查开始", acceptanceCheckTo, "十二月抽查结束");
        order(problems, acceptanceCheckTo, "十二月抽查结束", deductionsBy, "扣分确认截止");
        return problems;
    }

    private static void order(List<String> problems, LocalDate first, String firstName, LocalDate second,
            String secondName) {
        if (first != null && second != null && second.isBefore(first)) {
            problems.add(secondName + "（" + second + "）不能早于" + firstName + "（" + first + "）");
        }
    }
}
