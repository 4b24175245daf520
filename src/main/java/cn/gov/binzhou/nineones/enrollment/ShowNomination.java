package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Field;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.FormDisplay;

/**
 * Shows the nomination, as stored, on a review task's form: read-only copies local to the task, so the
 * process itself keeps only ids.
 */
@Component("showNomination")
class ShowNomination implements TaskListener {

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
        NominatedEnterprise nominated = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        FormDisplay display = FormDisplay.create();
        shown(nominated).forEach(display::show);
        display.show(Field.REVIEW_HISTORY, history.events(nominated.nomination().id()).stream()
                .map(event -> WHEN.format(event.occurredAt()) + " " + (event.actor() == null ? "系统" : event.actor())
                        + "：" + event.statusAfter().label()
                        + (event.comment() == null ? "" : "（" + event.comment() + "）"))
                .collect(Collectors.joining("\n")));
        display.on(task);
    }

    /** The form fields of a nomination, as its forms show them. */
    Map<String, Object> shown(NominatedEnterprise nominated) {
        EnterpriseData data = nominated.enterprise();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put(Var.BATCH_CODE.name(), nominated.nomination().batchCode());
        shown.put(Var.ENTERPRISE_NAME.name(), data.name());
        shown.put(Var.CREDIT_CODE.name(), data.creditCode().value());
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
        return shown;
    }
}
