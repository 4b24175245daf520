package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Acceptance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationService;
import cn.gov.binzhou.nineones.system.FormDisplay;
import cn.gov.binzhou.nineones.system.FormDisplaySource;

/** Shows the county the enterprise's latest self-assessment beside the checklist. */
@Component("showCountyAcceptance")
class ShowCountyAcceptance implements FormDisplaySource {

    private final NominationService nominations;
    private final Acceptances acceptances;
    private final Checklist checklist;
    private final EnterpriseFacts facts;

    ShowCountyAcceptance(NominationService nominations, Acceptances acceptances, Checklist checklist, EnterpriseFacts facts) {
        this.nominations = nominations;
        this.acceptances = acceptances;
        this.checklist = checklist;
        this.facts = facts;
    }

    @Override
    public FormDisplay display(DelegateTask task) {
        NominatedEnterprise nominated = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        String summary = acceptances.lastSelfAssessment(nominated.nomination().id())
                .map(last -> "第" + last.round() + "次自评，已落实：" + (last.doneItems().isEmpty() ? "无" : last.doneItems())
                        + "\n说明：" + (last.notes() == null ? "无" : last.notes())
                        + "\n主要负责人签署：" + last.principal() + "，" + last.attestedOn())
                .orElse("尚无自评");
        return facts.display(nominated).show(Acceptance.SELF_ASSESSMENT_SUMMARY, summary)
                .show(Acceptance.CHECKLIST_ITEMS, checklist.options());
    }
}
