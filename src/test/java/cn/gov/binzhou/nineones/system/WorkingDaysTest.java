package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;

/**
 * Working days against dates worked out by hand from the State Council's notices (shipped calendar):
 * 2023 国庆 9-29..10-06 off, 10-07 (Sat) and 10-08 (Sun) worked; 2023 春节 1-21..1-27 off, 1-28 (Sat)
 * and 1-29 (Sun) worked; 2024 春节 2-10..2-17 off, 2-04 (Sun) and 2-18 (Sun) worked; 2024 劳动节
 * 5-01..5-05 off, 4-28 (Sun) and 5-11 (Sat) worked.
 */
@ApplicationTest
class WorkingDaysTest {

    @Autowired WorkingDays workingDays;
    @Autowired OfficialCalendar calendar;

    @Test
    void nationalDay2023_isSkipped_andItsWorkingWeekendCounts() {
        assertThat(workingDays.add(LocalDate.of(2023, 9, 28), 1)).isEqualTo(LocalDate.of(2023, 10, 7));
        assertThat(workingDays.add(LocalDate.of(2023, 9, 28), 2)).isEqualTo(LocalDate.of(2023, 10, 8));
        assertThat(workingDays.add(LocalDate.of(2023, 9, 28), 3)).isEqualTo(LocalDate.of(2023, 10, 9));
        assertThat(workingDays.add(LocalDate.of(2023, 9, 25), 5)).isEqualTo(LocalDate.of(2023, 10, 8));
        assertThat(workingDays.between(LocalDate.of(2023, 9, 28), LocalDate.of(2023, 10, 9))).isEqualTo(3);
    }

    @Test
    void springFestival2023_andItsSaturdayAndSundayWorked() {
        assertThat(workingDays.add(LocalDate.of(2023, 1, 20), 1)).isEqualTo(LocalDate.of(2023, 1, 28));
        assertThat(workingDays.add(LocalDate.of(2023, 1, 20), 2)).isEqualTo(LocalDate.of(2023, 1, 29));
        assertThat(workingDays.add(LocalDate.of(2023, 1, 20), 3)).isEqualTo(LocalDate.of(2023, 1, 30));
    }

    @Test
    void springFestival2024_withTwoWorkedSundays() {
        assertThat(workingDays.add(LocalDate.of(2024, 2, 2), 1)).isEqualTo(LocalDate.of(2024, 2, 4));
        assertThat(workingDays.add(LocalDate.of(2024, 2, 8), 1)).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(workingDays.add(LocalDate.of(2024, 2, 9), 1)).isEqualTo(LocalDate.of(2024, 2, 18));
        assertThat(workingDays.add(LocalDate.of(2024, 2, 9), 2)).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
    }

    @Test
    void labourDay2024_isSkipped_andItsWorkedSaturdayCounts() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 4, 28))).isTrue();
        assertThat(workingDays.add(LocalDate.of(2024, 4, 30), 1)).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(workingDays.add(LocalDate.of(2024, 5, 9), 2)).isEqualTo(LocalDate.of(2024, 5, 11));
    }

    @Test
    void aYearTheCalendarLacks_isComputedByWeekends_andRaisesAWarning() {
        assertThat(calendar.coveredYears()).contains(2023, 2024, 2025, 2026).doesNotContain(2022, 2029);

        assertThat(workingDays.add(LocalDate.of(2029, 9, 27), 2)).as("Thursday + 2 = Monday").isEqualTo(LocalDate.of(2029, 10, 1));

        assertThat(calendar.missingYearsSeen()).contains(2029);
    }

    @Test
    void theBureauAddsANewYear_asData() {
        calendar.importCsv("""
                date,kind,occasion
                2028-10-01,off,国庆节
                2028-10-02,off,国庆节
                2028-10-03,off,国庆节
                2028-10-04,off,国庆节
                2028-10-05,off,国庆节
                2028-10-07,work,国庆节调休上班
                """);

        assertThat(calendar.coveredYears()).contains(2028);
        assertThat(workingDays.add(LocalDate.of(2028, 9, 29), 1)).as("Friday + 1 skips the holiday").isEqualTo(LocalDate.of(2028, 10, 6));
        assertThat(workingDays.add(LocalDate.of(2028, 10, 6), 1)).as("Saturday 10-07 is worked").isEqualTo(LocalDate.of(2028, 10, 7));
    }

    @Test
    void aBadCalendarFile_isRefusedWholly() {
        assertThatThrownBy(() -> calendar.importCsv("2027-01-01,holiday,元旦\n2027-13-01,off,x"))
                .hasMessageContaining("第1行：类型应为 off").hasMessageContaining("第2行：日期应为 YYYY-MM-DD");
        assertThat(calendar.days(2027)).isEmpty();
    }
}
