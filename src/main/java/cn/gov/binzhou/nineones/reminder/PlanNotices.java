package cn.gov.binzhou.nineones.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.context.ProcessEngineContext;
import org.camunda.bpm.engine.exception.NotFoundException;
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
    private final LiveTasks live;
    private final IdentityService identity;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final NotificationLog log;
    private final ReminderProperties properties;
    /** Reads a task's recipients and facts in a transaction of its own (see {@link #apart(Supplier)}). */
    private final TransactionTemplate ownTransaction;

    PlanNotices(TaskService tasks, LiveTasks live, IdentityService identity, Agencies agencies,
            WorkingDays workingDays, NotificationLog log, ReminderProperties properties,
            PlatformTransactionManager transactionManager) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
        this.tasks = tasks;
        this.live = live;
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
        Recipients recipients = new Recipients(identity, live, agencies);
        List<Task> due = tasks.createTaskQuery().active().dueBefore(windowEnd).list();
        Set<String> logged = log.loggedFor(due.stream().map(Task::getId).toList());
        for (Task task : due) {
            List<Notice> notices = apart(() -> newNotices(task, kindsDue(task.getDueDate(), today), recipients, logged));
            if (notices != null) {
                notices.forEach(notice -> log.insert(task.getId(), notice.kind(), notice.recipient(), task.getName(),
                        notice.enterprise(), notice.agency(), task.getDueDate().toInstant()));
            }
        }
    }

    /** A notice to log: its kind, who gets it, and the enterprise and agency it names. */
    private record Notice(NoticeKind kind, Recipients.Recipient recipient, String enterprise, String agency) {
    }

    /**
     * The task's notices not logged yet; its facts are read only then, so a sweep with nothing new stays cheap.
     * Null when its execution has ended since the sweep listed it.
     */
    private List<Notice> newNotices(Task task, List<NoticeKind> kinds, Recipients recipients, Set<String> logged) {
        List<Notice> notices = new ArrayList<>();
        Map<String, Object> facts = null;
        for (NoticeKind kind : kinds) {
            for (Recipients.Recipient recipient : recipients.of(task, kind)) {
                if (logged.contains(NotificationLog.key(task.getId(), kind, recipient.id()))) {
                    continue;
                }
                if (facts == null) {
                    Optional<Map<String, Object>> read = facts(task);
                    if (read.isEmpty()) {
                        return null;
                    }
                    facts = read.get();
                }
                notices.add(new Notice(kind, recipient, text(facts.get("enterpriseName")), text(facts.get("agencyName"))));
            }
        }
        return notices;
    }

    private Optional<Map<String, Object>> facts(Task task) {
        return task.getExecutionId() == null ? Optional.of(Map.of())
                : live.variables(task.getExecutionId(), List.of("enterpriseName", "agencyName"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Reads a task's recipients and facts apart from the sweep: in an engine context and a transaction of their
     * own, so the task is read afresh. A task or execution that has ended since the sweep listed it (users and
     * jobs go on while it runs) gets no notice ({@link LiveTasks} answers "ended"), and the next sweep sees what
     * replaced it. Read in the sweep's own context, such a task fails inside the engine (its execution is gone),
     * and a failed engine command dooms the transaction it joins: the whole sweep would be lost. Should another
     * read of it still fail, that task is left out in the same way.
     */
    private <T> T apart(Supplier<T> read) {
        try {
            return ProcessEngineContext.withNewProcessEngineContext(() -> ownTransaction.execute(status -> read.get()));
        } catch (NullValueException | NotFoundException | NullPointerException ended) {
            return null;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
}
