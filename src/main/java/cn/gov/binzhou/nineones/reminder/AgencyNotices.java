package cn.gov.binzhou.nineones.reminder;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Tells an agency's staff and leaders of something on one of its tasks through the notification log:
 * planned once per task, kind and person, and sent in the next sweep's digest with their other notices.
 */
@Component
public class AgencyNotices {

    private final IdentityService identity;
    private final LiveTasks tasks;
    private final Agencies agencies;
    private final NotificationLog log;

    AgencyNotices(IdentityService identity, LiveTasks tasks, Agencies agencies, NotificationLog log) {
        this.identity = identity;
        this.tasks = tasks;
        this.agencies = agencies;
        this.log = log;
    }

    public void tell(DelegateTask task, NoticeKind kind, String agencyId, String enterpriseName) {
        Agency agency = agencies.require(agencyId);
        // the people are read as the system: whoever completed the step before may not see them all
        SystemAccess.call(identity, () -> {
            Recipients recipients = new Recipients(identity, tasks, agencies);
            for (Recipients.Recipient recipient : recipients.agencyAndLeaders(agency)) {
                log.plan(task.getId(), kind, recipient, task.getName(), enterpriseName, agency.name(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant());
            }
            return null;
        });
    }
}
