package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Stores a returned nomination's revised data. A field takes the value the completion sent (Tasklist
 * sends every field of the form, a REST client may send only what changed), else the value as stored;
 * credit code and agency always stay as nominated. Invalid data, a cleared required field among it, fails
 * the completion with the reasons, and the task stays open.
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

    private static String submitted(DelegateTask task, String field, String stored) {
        String sent = FormValues.text(task.getExecution(), field);
        if (task.getExecution().hasVariable(field) && !Objects.equals(sent, stored)) {
            return sent;
        }
        // a form submitted in Tasklist sets a field on the task where the task has a local variable of that name:
        // the name its Tasklist card shows, and before version 2.1 every value the form showed
        return task.hasVariableLocal(field) ? FormValues.text(task.getVariableLocal(field)) : stored;
    }
}
