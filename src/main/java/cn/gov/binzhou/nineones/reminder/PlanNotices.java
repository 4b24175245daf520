package cn.gov.binzhou.nineones.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.WorkingDays;

/**
 * Finds every open user task that is due soon, due, or long overdue, and logs the notices it needs
 * (each kind once per task and recipient); {@link StartDigests} then mails them. What is logged already
 * is read once for all due tasks, so a sweep costs one identity-link read per due task when nothing is new.
 */
@Component("planNotices")
class PlanNotices implements JavaDelegate {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final NotificationLog log;
    private final ReminderProperties properties;
    /** Reads a task's facts in a transaction of its own, so a task that ended meanwhile cannot doom the sweep's. */
    private final TransactionTemplate ownTransaction;

    PlanNotices(TaskService tasks, RuntimeService runtime, IdentityService identity, Agencies agencies,
            WorkingDays workingDays, NotificationLog log, ReminderProperties properties,
            PlatformTransactionManager transactionManager) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.log = log;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = CampaignTime.today();
        Date windowEnd = new Date(CampaignTime.endOf(workingDays.add(today, properties.reminderWorkingDays())).getTime() + 1000);
        Recipients recipients = new Recipients(identity, tasks, agencies);
        List<Task> due = tasks.createTaskQuery().active().dueBefore(windowEnd).list();
        Set<String> logged = log.loggedFor(due.stream().map(Task::getId).toList());
        for (Task task : due) {
            for (NoticeKind kind : kindsDue(task.getDueDate(), today)) {
                List<Recipients.Recipient> fresh = recipients.of(task, kind).stream()
                        .filter(recipient -> !logged.contains(NotificationLog.key(task.getId(), kind, recipient.id()))).toList();
                if (!fresh.isEmpty()) {
                    plan(task, kind, fresh);
                }
            }
        }
    }

    List<NoticeKind> kindsDue(Date due, LocalDate today) {
        List<NoticeKind> kinds = new ArrayList<>();
        if (due.after(CampaignTime.now())) {
            kinds.add(NoticeKind.REMINDER);
            return kinds;
        }
        kinds.add(NoticeKind.OVERDUE);
        if (workingDays.between(CampaignTime.dateOf(due), today) >= properties.escalationWorkingDays()) {
            kinds.add(NoticeKind.ESCALATION);
        }
        return kinds;
    }

    /** Logs the notices not logged yet; the task's facts are read only then, so a sweep with nothing new stays cheap. */
    private void plan(Task task, NoticeKind kind, List<Recipients.Recipient> fresh) {
        Map<String, Object> facts = facts(task);
        if (facts == null) {
            return;
        }
        String enterprise = facts.get("enterpriseName") == null ? null : facts.get("enterpriseName").toString();
        String agency = facts.get("agencyName") == null ? null : facts.get("agencyName").toString();
        for (Recipients.Recipient recipient : fresh) {
            log.insert(task.getId(), kind, recipient, task.getName(), enterprise, agency, task.getDueDate().toInstant());
        }
    }

    /**
     * The enterprise and agency the notice names; null when the task's execution has ended since the sweep
     * listed it (users and jobs go on while it runs): that task gets no notice, the next sweep sees what
     * replaced it. The read fails in a transaction of its own, not the sweep's: a failed engine command marks
     * the transaction it joins for rollback, and the whole sweep would be lost.
     */
    private Map<String, Object> facts(Task task) {
        if (task.getExecutionId() == null) {
            return Map.of();
        }
        try {
            return ownTransaction.execute(status -> runtime.getVariables(task.getExecutionId(),
                    List.of("enterpriseName", "agencyName")));
        } catch (NullValueException ended) {
            return null;
        }
    }
}
