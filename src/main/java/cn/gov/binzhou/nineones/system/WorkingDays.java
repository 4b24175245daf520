package cn.gov.binzhou.nineones.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

/** Service times in working days: {@code ${workingDays.fromNow(5)}} in the models. */
@Component("workingDays")
public class WorkingDays {

    /** The end of the working day that lies the given number of working days after today. */
    public Date fromNow(int days) {
        return CampaignTime.endOf(add(CampaignTime.today(), days));
    }

    /** The date that lies {@code days} working days after {@code start} (start itself not counted). */
    public LocalDate add(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The later of a calendar date's end and a service time from now: a late task still gets time. */
    public Date calendarDateOrFromNow(LocalDate date, int days) {
        Date byCalendar = CampaignTime.endOf(date);
        Date byService = fromNow(days);
        return byCalendar.after(CampaignTime.now()) ? byCalendar : byService;
    }
}
