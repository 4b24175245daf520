package cn.gov.binzhou.nineones.support;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.reminder.ReminderProcess;

/** Runs the deadline sweeper the way the job executor would: its timer job, then the send jobs that are due. */
@Component
public class Sweeper {

    private final ManagementService management;

    Sweeper(ManagementService management) {
        this.management = management;
    }

    /** Fires the sweeper's timer and runs the send jobs; answers the failures of send jobs. */
    public List<Exception> sweep() {
        Job timer = management.createJobQuery().processDefinitionKey(ReminderProcess.KEY).timers().singleResult();
        management.executeJob(timer.getId());
        return runDueSendJobs();
    }

    /** Runs the sends, then the joins they leave, until no reminder job is due; answers the failures of send jobs. */
    public List<Exception> runDueSendJobs() {
        List<Exception> failures = new ArrayList<>();
        java.util.Set<String> failed = new java.util.HashSet<>();
        List<Job> due = dueJobs(failed);
        while (!due.isEmpty()) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (Exception e) {
                    failures.add(e);
                    failed.add(job.getId());
                }
            }
            due = dueJobs(failed);
        }
        return failures;
    }

    private List<Job> dueJobs(java.util.Set<String> failed) {
        return management.createJobQuery().processDefinitionKey(ReminderProcess.KEY).messages().executable().list().stream()
                .filter(job -> !failed.contains(job.getId())).toList();
    }
}
