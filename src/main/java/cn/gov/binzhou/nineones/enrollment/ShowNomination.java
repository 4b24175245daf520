package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Field;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.FormDisplay;
import cn.gov.binzhou.nineones.system.FormDisplaySource;
import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Shows the nomination, as stored, on its review tasks' forms, with its history so far: read when the
 * form is opened, so the process itself keeps only ids.
 */
@Component("showNomination")
class ShowNomination implements FormDisplaySource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CampaignTime.ZONE);

    private final NominationService nominations;
    private final Nominations history;
    private final Agencies agencies;
    private final IdentityService identity;

    ShowNomination(NominationService nominations, Nominations history, Agencies agencies, IdentityService identity) {
        this.nominations = nominations;
        this.history = history;
        this.agencies = agencies;
        this.identity = identity;
    }

    @Override
    public FormDisplay display(DelegateTask task) {
        NominatedEnterprise nominated = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        FormDisplay display = FormDisplay.create();
        shown(nominated).forEach(display::show);
        display.show(Field.REVIEW_HISTORY, reviewHistory(history.events(nominated.nomination().id())));
        return display;
    }

    /** One line per step: when, who by name, what they did and why, e.g. "王科长 县级审核：退回修改（请补充…）". */
    String reviewHistory(List<NominationEvent> events) {
        Map<String, String> names = names(events.stream().map(NominationEvent::actor).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return events.stream()
                .map(event -> WHEN.format(event.occurredAt()) + " "
                        + (event.actor() == null ? "系统" : names.getOrDefault(event.actor(), event.actor()))
                        + " " + action(event) + (event.comment() == null ? "" : "（" + event.comment() + "）"))
                .collect(Collectors.joining("\n"));
    }

    /** What the step was and how it ended, in words. */
    static String action(NominationEvent event) {
        return switch (event.step()) {
            case "NOMINATE" -> "提报";
            case "REVISE" -> "修改后重新提报";
            case "FIXED_LIST" -> "列入批次名单";
            case "LIST_FIXED" -> "批次名单确定：" + event.statusAfter().label();
            case EnterpriseProcess.COUNTY_REVIEW -> "县级审核：" + decision(event);
            case EnterpriseProcess.CITY_APPROVAL -> "市级审定：" + decision(event);
            default -> event.statusAfter().label();
        };
    }

    private static String decision(NominationEvent event) {
        if (event.decision() == null) {
            return event.statusAfter().label();
        }
        return switch (event.decision()) {
            case "APPROVE" -> "通过";
            case "RETURN" -> "退回修改";
            case "REJECT" -> "驳回";
            default -> event.statusAfter().label();
        };
    }

    /** The people's names (last name then first name, as Camunda keeps them), read as the system; the id where none. */
    private Map<String, String> names(Set<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<User> users = SystemAccess.call(identity,
                () -> identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list());
        Map<String, String> names = new HashMap<>();
        for (User user : users) {
            String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "")).strip();
            if (!name.isEmpty()) {
                names.put(user.getId(), name);
            }
        }
        return names;
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
