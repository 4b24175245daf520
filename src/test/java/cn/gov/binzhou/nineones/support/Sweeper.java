package cn.gov.binzhou.nineones.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.reminder.DigestProcess;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;

/** Runs the deadline sweeper the way the job executor would: its timer job, then the digests' send jobs that are due. */
@Component
public class Sweeper {

    private final ManagementService management;
    private final Jobs jobs;

    Sweeper(ManagementService management, Jobs jobs) {
        this.management = management;
        this.jobs = jobs;
    }

    /** Fires the sweeper's timer and runs the send jobs; answers the failures of send jobs. */
    public List<Exception> sweep() {
        Job timer = management.createJobQuery().processDefinitionKey(ReminderProcess.KEY).timers().singleResult();
        management.executeJob(timer.getId());
        return runDueSendJobs();
    }

    /** Runs the digests' send jobs that are due; answers their failures. */
    public List<Exception> runDueSendJobs() {
        return jobs.runDueOf(DigestProcess.KEY);
    }
}
