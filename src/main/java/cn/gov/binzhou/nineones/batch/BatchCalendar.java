package cn.gov.binzhou.nineones.batch;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The dates of one batch (DESIGN §3), set when the batch starts. A batch started from its fixed list
 * has no nomination and approval dates ({@code null}): they are void.
 */
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

    /** The same calendar with its nomination and approval dates void (a batch started from its fixed list). */
    public BatchCalendar withoutNomination() {
        return new BatchCalendar(null, null, supervisionPlansBy, progressCheckFrom, progressCheckTo, selfAssessmentBy,
                countyAcceptanceBy, acceptanceCheckFrom, acceptanceCheckTo, deductionsBy);
    }

    /** Every date moved by the rule, e.g. to the next working day (Civil Code, art. 203). */
    public BatchCalendar moved(UnaryOperator<LocalDate> rule) {
        return new BatchCalendar(move(nominationCloses, rule), move(cityApprovalBy, rule), move(supervisionPlansBy, rule),
                move(progressCheckFrom, rule), move(progressCheckTo, rule), move(selfAssessmentBy, rule),
                move(countyAcceptanceBy, rule), move(acceptanceCheckFrom, rule), move(acceptanceCheckTo, rule),
                move(deductionsBy, rule));
    }

    private static LocalDate move(LocalDate date, UnaryOperator<LocalDate> rule) {
        return date == null ? null : rule.apply(date);
    }

    /** The problems of this calendar for the batch's year, in Chinese; empty when the dates fit together. */
    public List<String> problems(int year) {
        List<String> problems = new ArrayList<>();
        order(problems, nominationCloses, "提报截止", cityApprovalBy, "市级审定截止");
        order(problems, cityApprovalBy, "市级审定截止", supervisionPlansBy, "督导检查方案截止");
        before(problems, supervisionPlansBy, "督导检查方案截止", progressCheckFrom, "十月抽查开始");
        order(problems, progressCheckFrom, "十月抽查开始", progressCheckTo, "十月抽查结束");
        order(problems, progressCheckTo, "十月抽查结束", selfAssessmentBy, "企业自评截止");
        order(problems, selfAssessmentBy, "企业自评截止", countyAcceptanceBy, "县级验收截止");
        before(problems, countyAcceptanceBy, "县级验收截止", acceptanceCheckFrom, "十二月抽查开始");
        order(problems, acceptanceCheckFrom, "十二月抽查开始", acceptanceCheckTo, "十二月抽查结束");
        order(problems, acceptanceCheckTo, "十二月抽查结束", deductionsBy, "扣分确认截止");
        inMonth(problems, progressCheckFrom, "十月抽查开始", Month.OCTOBER);
        inMonth(problems, progressCheckTo, "十月抽查结束", Month.OCTOBER);
        inMonth(problems, acceptanceCheckFrom, "十二月抽查开始", Month.DECEMBER);
        inMonth(problems, acceptanceCheckTo, "十二月抽查结束", Month.DECEMBER);
        for (LocalDate date : List.of(supervisionPlansBy, progressCheckFrom, progressCheckTo, selfAssessmentBy,
                countyAcceptanceBy, acceptanceCheckFrom, acceptanceCheckTo)) {
            if (date.getYear() != year) {
                problems.add("日期" + date + "不在批次年度" + year + "年内");
            }
        }
        if (nominationCloses != null && nominationCloses.getYear() != year) {
            problems.add("提报截止（" + nominationCloses + "）不在批次年度" + year + "年内");
        }
        return problems;
    }

    private static void order(List<String> problems, LocalDate first, String firstName, LocalDate second,
            String secondName) {
        if (first != null && second != null && second.isBefore(first)) {
            problems.add(secondName + "（" + second + "）不能早于" + firstName + "（" + first + "）");
        }
    }

    private static void before(List<String> problems, LocalDate first, String firstName, LocalDate second,
            String secondName) {
        if (first != null && second != null && !first.isBefore(second)) {
            problems.add(firstName + "（" + first + "）应早于" + secondName + "（" + second + "）");
        }
    }

    private static void inMonth(List<String> problems, LocalDate date, String name, Month month) {
        if (date != null && date.getMonth() != month) {
            problems.add(name + "（" + date + "）应在" + month.getValue() + "月内");
        }
    }
}
