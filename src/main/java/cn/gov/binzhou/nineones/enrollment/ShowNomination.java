package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Field;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * Puts the nominated enterprise's registered data on a review task as task-local variables, so its
 * form shows it; the process itself keeps only ids.
 */
@Component("showNomination")
class ShowNomination implements TaskListener {

    static final String REVIEW_HISTORY = "reviewHistory";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CampaignTime.ZONE);

    private final NominationService nominations;
    private final Nominations history;
    private final Agencies agencies;

    ShowNomination(NominationService nominations, Nominations history, Agencies agencies) {
        this.nominations = nominations;
        this.history = history;
        this.agencies = agencies;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ReviewSupport.nominationId(task);
        EnterpriseData data = nominations.require(id).enterprise();
        Map<String, Object> shown = new HashMap<>();
        shown.put(Field.AGENCY, agencies.require(data.agencyId()).name());
        shown.put(Field.INDUSTRY, data.industry().label());
        shown.put(Field.ADDRESS, data.address());
        shown.put(Field.PRINCIPAL, data.principal());
        shown.put(Field.PRINCIPAL_PHONE, data.principalPhone());
        shown.put(Field.SAFETY_CONTACT, data.safetyContact());
        shown.put(Field.CONTACT_PHONE, data.contactPhone());
        shown.put(Field.CONTACT_EMAIL, data.contactEmail());
        shown.put(Field.EMPLOYEES, data.employees());
        shown.put(Field.FIRST_BATCH_PILOT, data.firstBatchPilot());
        shown.put(REVIEW_HISTORY, history.events(id).stream()
                .map(event -> WHEN.format(event.occurredAt()) + " " + (event.actor() == null ? "系统" : event.actor())
                        + "：" + event.statusAfter().label()
                        + (event.comment() == null ? "" : "（" + event.comment() + "）"))
                .collect(Collectors.joining("\n")));
        task.setVariablesLocal(shown);
    }
}
