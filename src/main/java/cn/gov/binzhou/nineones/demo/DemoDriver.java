package cn.gov.binzhou.nineones.demo;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.binzhou.nineones.accounts.AccountMailProcess;
import cn.gov.binzhou.nineones.reminder.DigestProcess;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.DueJobs;

/**
 * Does what users and the job executor do, for the demo's sample campaign: acts as a demo user with
 * their groups (so authorization and "who decided" apply), completes tasks through the TaskService, and
 * runs the jobs that are due at the engine clock, in due order, like the job executor would.
 */
@Component
@Profile("demo")
class DemoDriver {

    private static final int MAX_JOBS = 100_000;
    private static final int PAGE = 500;
    private static final Set<String> LEFT_TO_THE_EXECUTOR = Set.of(ReminderProcess.KEY, DigestProcess.KEY,
            AccountMailProcess.KEY);

    private final IdentityService identity;
    private final TaskService tasks;
    private final ManagementService management;
    /** Each round of due jobs is committed together, as the steps of a day are. */
    private final TransactionTemplate transactions;
    private final Map<String, List<String>> groups = new java.util.concurrent.ConcurrentHashMap<>();

    DemoDriver(IdentityService identity, TaskService tasks, ManagementService management,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.identity = identity;
        this.tasks = tasks;
        this.management = management;
    }

    /** Moves the engine clock to 10:00 of a Beijing date. */
    static void clockAt(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(10, 0).atZone(CampaignTime.ZONE).toInstant()));
    }

    /** Moves the clock to the date and runs what is then due. */
    void advanceTo(LocalDate date) {
        clockAt(date);
        runDue();
    }

    /** The user's groups, read once per user (the demo users' memberships do not change while building). */
    List<String> groupsOf(String userId) {
        return groups.computeIfAbsent(userId,
                id -> identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList());
    }

    ApiUser apiUser(String userId) {
        return new ApiUser(userId, Set.copyOf(groupsOf(userId)));
    }

    <T> T as(String userId, Supplier<T> action) {
        identity.setAuthentication(userId, groupsOf(userId));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    Task task(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    }

    /** Completes the task of that key in the instance as the user; false when there is no such task. */
    boolean complete(String userId, String processInstanceId, String taskKey, Map<String, Object> values) {
        Task task = task(processInstanceId, taskKey);
        if (task == null) {
            return false;
        }
        complete(userId, task, values);
        return true;
    }

    void complete(String userId, Task task, Map<String, Object> values) {
        as(userId, () -> {
            tasks.complete(task.getId(), values);
            return null;
        });
    }

    /**
     * Runs every job due at the engine clock, and those they create, leaving the deadline sweeper to its timer
     * and the mails to the job executor once the demo is built.
     */
    int runDue() {
        int ran = 0;
        while (ran < MAX_JOBS) {
            List<Job> due = dueExceptMails();
            if (due.isEmpty()) {
                return ran;
            }
            transactions.executeWithoutResult(status -> due.forEach(job -> execute(job.getId())));
            ran += due.size();
        }
        throw new IllegalStateException("Jobs keep coming after " + MAX_JOBS);
    }

    /** The first page of due jobs, past any number of mails (left to the job executor once the demo is built). */
    private List<Job> dueExceptMails() {
        return DueJobs.firstPageOf(management, job -> !isMail(job), PAGE);
    }

    /** Runs a job; one that an earlier job of the same round removed (a cancelled timer) is skipped. */
    private void execute(String jobId) {
        if (management.createJobQuery().jobId(jobId).count() == 0) {
            return;
        }
        try {
            management.executeJob(jobId);
        } catch (ProcessEngineException failed) {
            if (management.createJobQuery().jobId(jobId).count() > 0) {
                throw failed;
            }
        }
    }

    /** Jobs of message batches belong to no process: a null key, which {@code Set.of} may not be asked about. */
    private static boolean isMail(Job job) {
        return job.getProcessDefinitionKey() != null && LEFT_TO_THE_EXECUTOR.contains(job.getProcessDefinitionKey());
    }
}
