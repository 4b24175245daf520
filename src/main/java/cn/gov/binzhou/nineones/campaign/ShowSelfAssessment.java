package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Acceptance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationService;
import cn.gov.binzhou.nineones.system.FormDisplay;
import cn.gov.binzhou.nineones.system.FormDisplaySource;

/** Shows the enterprise its checklist and the county's findings of its last failed acceptance, if any. */
@Component("showSelfAssessment")
class ShowSelfAssessment implements FormDisplaySource {

    private final NominationService nominations;
    private final Acceptances acceptances;
    private final Checklist checklist;
    private final EnterpriseFacts facts;
    private final OpenSelfAssessment open;

    ShowSelfAssessment(NominationService nominations, Acceptances acceptances, Checklist checklist, EnterpriseFacts facts,
            OpenSelfAssessment open) {
        this.nominations = nominations;
        this.open = open;
        this.acceptances = acceptances;
        this.checklist = checklist;
        this.facts = facts;
    }

    /** Process versions before 2.1 call this as the task's create listener for what {@link OpenSelfAssessment} now does. */
    @Override
    public void notify(DelegateTask task) {
        open.notify(task);
    }

    @Override
    public FormDisplay display(DelegateTask task) {
        NominatedEnterprise nominated = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        long id = nominated.nomination().id();
        String findings = acceptances.lastCountyAcceptance(id).filter(last -> "FAIL".equals(last.result()))
                .map(last -> "第" + last.round() + "次县级验收不通过（" + last.by() + "）："
                        + (last.failedItems() == null || last.failedItems().isEmpty() ? "" : "未通过条目：" + last.failedItems() + "；")
                        + last.findings())
                .orElse(null);
        return facts.display(nominated).show(Acceptance.COUNTY_FINDINGS, findings)
                .show(Acceptance.CHECKLIST_ITEMS, checklist.options());
    }
}
