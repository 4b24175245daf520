package cn.gov.binzhou.nineones.reminder;

import org.springframework.stereotype.Component;

/** The sweeper's timer cycle, read by the reminder model as {@code ${reminderSchedule.cron()}}. */
@Component("reminderSchedule")
public class ReminderSchedule {

    private final ReminderProperties properties;

    ReminderSchedule(ReminderProperties properties) {
        this.properties = properties;
    }

    public String cron() {
        return properties.cron();
    }
}
