package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;

/** The service-time rule (DMN), one test per rule, and the due dates it gives in working days. */
@ApplicationTest
class ServiceTimesTest {

    @Autowired ServiceTimes serviceTimes;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void countyReview_hasFiveWorkingDays() {
        assertThat(serviceTimes.workingDaysFor("countyReview")).isEqualTo(5);
    }

    @Test
    void reviseNomination_hasThreeWorkingDays() {
        assertThat(serviceTimes.workingDaysFor("reviseNomination")).isEqualTo(3);
    }

    @Test
    void cityApproval_afterItsCalendarDate_hasFiveWorkingDays() {
        assertThat(serviceTimes.workingDaysFor("cityApproval")).isEqualTo(5);
    }

    @Test
    void anyOtherTask_hasFiveWorkingDays() {
        assertThat(serviceTimes.workingDaysFor("supervisionPlan")).isEqualTo(5);
    }

    @Test
    void dueDates_countWorkingDaysAcrossTheNationalDayHolidays() {
        Campaign.today(LocalDate.of(2023, 9, 27));

        assertThat(serviceTimes.due("reviseNomination")).as("Wed 09-27 + 3: 09-28, 10-07, 10-08")
                .isEqualTo(CampaignTime.endOf(LocalDate.of(2023, 10, 8)));
        assertThat(serviceTimes.dueByOr(LocalDate.of(2023, 9, 30), "cityApproval")).as("the calendar date while ahead")
                .isEqualTo(CampaignTime.endOf(LocalDate.of(2023, 9, 30)));
        assertThat(serviceTimes.dueByOr(LocalDate.of(2023, 9, 20), "cityApproval")).as("service time once it passed")
                .isEqualTo(CampaignTime.endOf(LocalDate.of(2023, 10, 10)));
    }
}
