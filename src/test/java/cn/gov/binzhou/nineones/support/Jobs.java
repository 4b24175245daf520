package cn.gov.binzhou.nineones.support;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.reminder.ReminderProcess;

/**
 * Runs the campaign's jobs the way the job executor would, at the engine clock's time: timers that are
 * due, asynchronous continuations and the jobs of message batches, including those they create, in
 * order of due date. The deadline sweeper is left out (its own tests drive it).
 */
@Component
public class Jobs {

    private static final int MAX_JOBS = 200_000;

    private final ManagementService management;

    Jobs(ManagementService management) {
        this.management = management;
    }

    /** Moves the clock to noon of the date and runs everything then due; answers how many jobs ran. */
    public int advanceTo(LocalDate date) {
        Campaign.today(date);
        return runDue();
    }

    public int runDue() {
        int ran = 0;
        while (ran < MAX_JOBS) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 200).stream()
                    .filter(job -> !ReminderProcess.KEY.equals(job.getProcessDefinitionKey())).toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                // an earlier job of this page may have removed it (a boundary timer of an activity it ended)
                if (management.createJobQuery().jobId(job.getId()).count() == 1) {
                    management.executeJob(job.getId());
                    ran++;
                }
            }
        }
        throw new IllegalStateException("Jobs keep coming after " + MAX_JOBS);
    }
}
