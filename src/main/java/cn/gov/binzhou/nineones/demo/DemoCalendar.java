package cn.gov.binzhou.nineones.demo;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The sample campaign's dates, relative to today. The batch calendar is per year (October and December
 * windows), so the current batch can stand between its self-assessment date and its county acceptance
 * date only from 6 November to 10 December: then today is that moment. On other days the current batch
 * is built as of 10 December of the last such window and then runs on by its calendar to today.
 */
record DemoCalendar(LocalDate today, LocalDate currentAsOf) {

    static final MonthDay WINDOW_FROM = MonthDay.of(11, 6);
    static final MonthDay WINDOW_TO = MonthDay.of(12, 10);

    static DemoCalendar of(LocalDate today) {
        MonthDay day = MonthDay.from(today);
        if (!day.isBefore(WINDOW_FROM) && !day.isAfter(WINDOW_TO)) {
            return new DemoCalendar(today, today);
        }
        int year = day.isAfter(WINDOW_TO) ? today.getYear() : today.getYear() - 1;
        return new DemoCalendar(today, WINDOW_TO.atYear(year));
    }

    int currentYear() {
        return currentAsOf.getYear();
    }

    String previousCode() {
        return (currentYear() - 1) + "-1";
    }

    String currentCode() {
        return currentYear() + "-2";
    }

    String nextCode() {
        return nextYear() + "-3";
    }

    /** The current batch's self-assessment date: five days before its "today". */
    LocalDate selfAssessmentBy() {
        return currentAsOf.minusDays(5);
    }

    /** Its county acceptance date: two days after its "today", so those tasks are due soon. */
    LocalDate countyAcceptanceBy() {
        return currentAsOf.plusDays(2);
    }

    LocalDate acceptanceCheckFrom() {
        LocalDate firstOfDecember = LocalDate.of(currentYear(), 12, 1);
        LocalDate after = countyAcceptanceBy().plusDays(1);
        return after.isAfter(firstOfDecember) ? after : firstOfDecember;
    }

    /** The next batch takes nominations for a month from today, or until 31 January when that runs into autumn. */
    LocalDate nextNominationCloses() {
        LocalDate inAMonth = today.plusDays(30);
        LocalDate approval = today.plusDays(45);
        if (approval.getYear() != inAMonth.getYear() || approval.getMonthValue() >= 9) {
            return LocalDate.of(approval.getYear() + (approval.getMonthValue() >= 9 ? 1 : 0), 1, 31);
        }
        return inAMonth;
    }

    LocalDate nextCityApprovalBy() {
        return nextNominationCloses().plusDays(15);
    }

    int nextYear() {
        return nextNominationCloses().getYear();
    }
}
