package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Acceptance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.AcceptanceResult;
import cn.gov.binzhou.nineones.enrollment.NominationService;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Keeps the county's acceptance: {@code PASS} accepts the enterprise, {@code FAIL} (with findings) returns
 * it to self-assessment. The result stays in the process for the gateway; the rest is kept in our tables.
 */
@Component("recordCountyAcceptance")
class RecordCountyAcceptance implements TaskListener {

    static final int MAX_FINDINGS = 4000;

    private final NominationService nominations;
    private final CampaignService campaign;
    private final Acceptances acceptances;
    private final Checklist checklist;

    RecordCountyAcceptance(NominationService nominations, CampaignService campaign, Acceptances acceptances,
            Checklist checklist) {
        this.nominations = nominations;
        this.campaign = campaign;
        this.acceptances = acceptances;
        this.checklist = checklist;
    }

    @Override
    public void notify(DelegateTask task) {
        AcceptanceResult result = result(task);
        String failedItems = checklist.known(Inputs.list(task.getExecution(), Acceptance.FAILED_ITEMS, "未通过的条目"),
                "未通过的条目");
        String findings = Inputs.text(task.getExecution(), Acceptance.ACCEPTANCE_FINDINGS, MAX_FINDINGS, "验收意见");
        if (result == AcceptanceResult.FAIL && findings == null) {
            throw new RefusedException("验收不通过时必须填写验收意见");
        }
        long id = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey()).nomination().id();
        CampaignRecord record = campaign.record(id);
        acceptances.addCountyAcceptance(id, new Acceptances.CountyAcceptance(record.countyFailures() + 1, result.name(),
                failedItems, findings, CurrentUser.idOr(task.getAssignee())), CampaignService.now());
        campaign.move(id, current -> result == AcceptanceResult.PASS
                ? current.countyAccepted(CampaignService.now()) : current.countyFailed());
        task.getExecution().removeVariables(EnterpriseProcess.TASK_FIELDS.of(EnterpriseProcess.COUNTY_ACCEPTANCE));
        task.getExecution().setVariable(Acceptance.ACCEPTANCE_RESULT, result.name());
    }

    private static AcceptanceResult result(DelegateTask task) {
        String value = Inputs.text(task.getExecution(), Acceptance.ACCEPTANCE_RESULT, 16, "验收结论");
        if (value == null) {
            throw new RefusedException("请选择验收结论");
        }
        try {
            return AcceptanceResult.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new RefusedException("验收结论“" + value + "”无效");
        }
    }
}
