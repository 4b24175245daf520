package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.batch.BatchProcess.Supervision;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;

/** Keeps an agency's supervision plan: planned visits, forms of guidance and people. */
@Component("recordSupervisionPlan")
class RecordSupervisionPlan implements TaskListener {

    private final SupervisionRecords supervision;

    RecordSupervisionPlan(SupervisionRecords supervision) {
        this.supervision = supervision;
    }

    @Override
    public void notify(DelegateTask task) {
        Integer planned = Inputs.number(task.getExecution(), Supervision.PLANNED_VISITS, "计划督导检查次数");
        if (planned == null || planned < 1 || planned > 10_000) {
            throw new RefusedException("计划督导检查次数应为1到10000之间的整数");
        }
        List<String> forms = Inputs.list(task.getExecution(), Supervision.GUIDANCE_FORMS, "督导方式");
        List<String> unknown = forms.stream().filter(form -> !SupervisionRecords.FORMS.contains(form)).toList();
        if (!unknown.isEmpty()) {
            throw new RefusedException("督导方式“" + String.join("、", unknown) + "”无效");
        }
        String people = Inputs.requiredText(task.getExecution(), Supervision.PLAN_PEOPLE, 1000, "督导人员");
        String notes = Inputs.text(task.getExecution(), Supervision.PLAN_NOTES, 4000, "方案说明");
        supervision.savePlan(task.getExecution().getProcessBusinessKey(), BatchProcess.Var.AGENCY_ID.require(task.getExecution()),
                planned, String.join("、", forms), people, notes,
                CurrentUser.idOr(task.getAssignee()), CampaignService.now());
        task.getExecution().removeVariables(BatchProcess.TASK_FIELDS.of(BatchProcess.SUPERVISION_PLAN));
    }
}
