package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Stores a returned nomination's revised data. A value comes from the completion itself (a REST client)
 * where it differs from what the form showed, else from the form's own field (Tasklist edits the shown
 * copy); credit code and agency always stay as nominated. Invalid data fails the completion with the
 * reasons, and the task stays open.
 */
@Component("applyRevision")
class ApplyRevision implements TaskListener {

    private final NominationValidator validator;
    private final NominationService nominations;
    private final ShowNomination display;

    ApplyRevision(NominationValidator validator, NominationService nominations, ShowNomination display) {
        this.validator = validator;
        this.nominations = nominations;
        this.display = display;
    }

    @Override
    public void notify(DelegateTask task) {
        NominatedEnterprise current = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        Map<String, Object> shown = display.shown(current);
        RawNomination raw = FormValues.raw(field -> submitted(task, field, FormValues.text(shown.get(field))));
        RawNomination fixed = new RawNomination(current.nomination().agencyId(), raw.enterpriseName(),
                current.nomination().creditCode(), raw.industry(), raw.address(), raw.principal(),
                raw.principalPhone(), raw.safetyContact(), raw.contactPhone(), raw.contactEmail(), raw.employees(),
                raw.firstBatchPilot());
        NominationValidator.Result result = validator.validate(fixed);
        if (!result.valid()) {
            throw new RefusedException("修改后的提报未通过校验：" + result.message());
        }
        nominations.revise(current, result.data(), ReviewSupport.actor(task), task.getId());
        Set<String> inputs = EnterpriseProcess.TASK_FIELDS.of(EnterpriseProcess.REVISE_NOMINATION);
        task.getExecution().removeVariables(inputs);
        Var.ENTERPRISE_NAME.set(task.getExecution(), result.data().name());
        // the next county review starts without the previous decision pre-selected
        Var.COUNTY_DECISION.remove(task.getExecution());
    }

    private static String submitted(DelegateTask task, String field, String shown) {
        String sent = FormValues.text(task.getExecution(), field);
        if (sent != null && !sent.equals(shown)) {
            return sent;
        }
        return FormValues.text(task.getVariableLocal(field));
    }
}
