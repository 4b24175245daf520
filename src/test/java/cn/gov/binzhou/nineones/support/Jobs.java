package cn.gov.binzhou.nineones.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.accounts.AccountMailProcess;
import cn.gov.binzhou.nineones.reminder.DigestProcess;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.system.DueJobs;

/**
 * Runs the campaign's jobs the way the job executor would, at the engine clock's time: timers that are
 * due, asynchronous continuations and the jobs of message batches, including those they create, in
 * order of due date. The deadline sweeper and the mails are left out: their own tests drive them
 * ({@link #runDueOf(String)}).
 */
@Component
public class Jobs {

    private static final int MAX_JOBS = 200_000;
    private static final int PAGE = 200;
    /** Processes whose jobs {@link #runDue()} leaves alone: the sweeper's timer and the mails' send jobs. */
    private static final Set<String> LEFT_OUT = Set.of(ReminderProcess.KEY, DigestProcess.KEY, AccountMailProcess.KEY);

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
            List<Job> due = dueExceptLeftOut();
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

    /** The first page of due jobs not left out, past any number of due jobs that are (mails not yet sent). */
    private List<Job> dueExceptLeftOut() {
        return DueJobs.firstPageOf(management, job -> !isLeftOut(job), PAGE);
    }

    /**
     * Runs the due asynchronous jobs of one process, and those they leave, until none is due; a job that
     * fails is tried once and its failure answered (the engine has counted down its retries).
     */
    public List<Exception> runDueOf(String processKey) {
        List<Exception> failures = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        List<Job> due = dueOf(processKey, failed);
        while (!due.isEmpty()) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (Exception e) {
                    failures.add(e);
                    failed.add(job.getId());
                }
            }
            due = dueOf(processKey, failed);
        }
        return failures;
    }

    private List<Job> dueOf(String processKey, Set<String> failed) {
        return management.createJobQuery().processDefinitionKey(processKey).messages().executable().list().stream()
                .filter(job -> !failed.contains(job.getId())).toList();
    }

    /** Jobs of message batches belong to no process: a null key, which {@code Set.of} may not be asked about. */
    private static boolean isLeftOut(Job job) {
        return job.getProcessDefinitionKey() != null && LEFT_OUT.contains(job.getProcessDefinitionKey());
    }
}
