package cn.gov.binzhou.nineones.deduction;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.Groups;
import cn.gov.binzhou.nineones.system.RefusedException;
import cn.gov.binzhou.nineones.system.WorkingDays;

/**
 * Keeps the agency's rectification report and asks the same inspection group for a re-check (for a
 * missed date, the group assigned to the agency's checks in that batch).
 */
@Component("recordRectification")
class RecordRectification implements TaskListener {

    static final int MAX_REPORT = 4000;

    private final DeductionService service;
    private final Deductions deductions;
    private final SpotChecks checks;
    private final WorkingDays workingDays;

    RecordRectification(DeductionService service, Deductions deductions, SpotChecks checks, WorkingDays workingDays) {
        this.service = service;
        this.deductions = deductions;
        this.checks = checks;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getExecution().getVariable(DeductionProcess.Field.RECTIFICATION_REPORT);
        String report = value == null || value.toString().isBlank() ? null : value.toString().strip();
        if (report == null) {
            throw new RefusedException("请填写整改情况");
        }
        if (report.length() > MAX_REPORT) {
            throw new RefusedException("整改情况不能超过" + MAX_REPORT + "字（实际" + report.length() + "字）");
        }
        Deduction deduction = service.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        deductions.rectified(deduction.id(), report, CampaignTime.now().toInstant());
        LocalDate due = workingDays.add(CampaignTime.today(), service.settings().recheckWorkingDays());
        checks.scheduleRecheck(deduction.batchCode(), deduction.nominationId(), deduction.agencyId(), group(deduction), due);
        task.getExecution().removeVariable(DeductionProcess.Field.RECTIFICATION_REPORT);
    }

    private String group(Deduction deduction) {
        if (deduction.checkId() != null) {
            return checks.find(deduction.checkId()).orElseThrow().groupId();
        }
        return checks.assignment(deduction.batchCode(), CheckKind.ACCEPTANCE).getOrDefault(deduction.agencyId(),
                checks.assignment(deduction.batchCode(), CheckKind.PROGRESS).getOrDefault(deduction.agencyId(),
                        Groups.cityGroup(1)));
    }
}
