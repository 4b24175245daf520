package cn.gov.binzhou.nineones.deduction;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;

/** Keeps the agency's one objection (申诉) with its reason; an empty objection means none. */
@Component("recordObjection")
class RecordObjection implements TaskListener {

    static final int MAX_OBJECTION = 2000;

    private final DeductionService service;
    private final Deductions deductions;

    RecordObjection(DeductionService service, Deductions deductions) {
        this.service = service;
        this.deductions = deductions;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getExecution().getVariable(DeductionProcess.Field.OBJECTION);
        String objection = value == null || value.toString().isBlank() ? null : value.toString().strip();
        if (objection != null && objection.length() > MAX_OBJECTION) {
            throw new RefusedException("申诉理由不能超过" + MAX_OBJECTION + "字（实际" + objection.length() + "字）");
        }
        Deduction deduction = service.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        deductions.object(deduction.id(), objection, CurrentUser.idOr(task.getAssignee()),
                CampaignTime.now().toInstant());
        task.getExecution().removeVariable(DeductionProcess.Field.OBJECTION);
    }
}
