package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;

/**
 * Stores a returned nomination's revised data. A field the submission left out keeps its shown value;
 * invalid data fails the completion with the reasons, and the task stays open.
 */
@Component("applyRevision")
class ApplyRevision implements TaskListener {

    private final NominationValidator validator;
    private final NominationService nominations;
    private final Agencies agencies;

    ApplyRevision(NominationValidator validator, NominationService nominations, Agencies agencies) {
        this.validator = validator;
        this.nominations = nominations;
        this.agencies = agencies;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ReviewSupport.nominationId(task);
        NominatedEnterprise current = nominations.require(id);
        RawNomination raw = FormValues.raw(name -> {
            String submitted = ReviewSupport.submitted(task, name);
            return submitted != null ? submitted : FormValues.text(task, name);
        });
        RawNomination fixed = new RawNomination(current.nomination().agencyId(), raw.enterpriseName(),
                current.nomination().creditCode(), raw.industry(), raw.address(), raw.principal(),
                raw.principalPhone(), raw.safetyContact(), raw.contactPhone(), raw.contactEmail(), raw.employees(),
                raw.firstBatchPilot());
        NominationValidator.Result result = validator.validate(fixed);
        if (!result.valid()) {
            throw new NominationRefusedException("修改后的提报未通过校验：" + result.message());
        }
        nominations.revise(id, result.data(), ReviewSupport.actor(task), task.getId());
        ReviewSupport.dropDisplayEcho(task);
        task.getExecution().setVariable(Var.ENTERPRISE_NAME, result.data().name());
        // the next county review starts without the previous decision pre-selected
        task.getExecution().removeVariable(Var.COUNTY_DECISION);
    }
}
