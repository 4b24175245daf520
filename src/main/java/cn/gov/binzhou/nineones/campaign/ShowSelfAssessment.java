package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Acceptance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationService;

/** Opens a self-assessment round: the record moves to self-assessing, the form shows the checklist and any county findings. */
@Component("showSelfAssessment")
class ShowSelfAssessment implements TaskListener {

    private final NominationService nominations;
    private final CampaignService campaign;
    private final Acceptances acceptances;
    private final Checklist checklist;
    private final EnterpriseFacts facts;

    ShowSelfAssessment(NominationService nominations, CampaignService campaign, Acceptances acceptances,
            Checklist checklist, EnterpriseFacts facts) {
        this.nominations = nominations;
        this.campaign = campaign;
        this.acceptances = acceptances;
        this.checklist = checklist;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        NominatedEnterprise nominated = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        long id = nominated.nomination().id();
        if (campaign.record(id).stage() == CampaignStage.LISTED) {
            campaign.move(id, CampaignRecord::selfAssessing);
        }
        String findings = acceptances.lastCountyAcceptance(id).filter(last -> "FAIL".equals(last.result()))
                .map(last -> "第" + last.round() + "次县级验收不通过（" + last.by() + "）："
                        + (last.failedItems() == null || last.failedItems().isEmpty() ? "" : "未通过条目：" + last.failedItems() + "；")
                        + last.findings())
                .orElse(null);
        facts.display(nominated).show(Acceptance.COUNTY_FINDINGS, findings).show(Acceptance.CHECKLIST_ITEMS, checklist.options())
                .on(task);
    }
}
