package cn.gov.binzhou.nineones.reminder;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Deadline mail settings ({@code nineones.reminders}).
 *
 * @param cron                  when the sweeper runs (Quartz-style cron of the engine's timer)
 * @param reminderWorkingDays   a reminder goes out this many working days before a task's due date
 * @param escalationWorkingDays an escalation goes out once a task is this many working days overdue
 * @param from                  the sender of every mail
 */
@Validated
@ConfigurationProperties(prefix = "nineones.reminders")
public record ReminderProperties(@NotBlank String cron, @Min(0) int reminderWorkingDays,
        @Min(1) int escalationWorkingDays, @NotBlank String from) {
}
