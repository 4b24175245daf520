package cn.gov.binzhou.nineones.system;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Service times in working days per China's official calendar: weekends and statutory holidays are
 * skipped, adjusted working weekends (调休上班) count. Called from the models as
 * {@code ${workingDays.fromNow(5)}}.
 */
@Component("workingDays")
public class WorkingDays {

    private final OfficialCalendar calendar;

    WorkingDays(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

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

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The date itself if it is a working day, else the next working day: a period whose last day is a
     * statutory holiday or rest day ends on the day after it (Civil Code, art. 203).
     */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate moved = date;
        while (!isWorkingDay(moved)) {
            moved = moved.plusDays(1);
        }
        return moved;
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }
}
