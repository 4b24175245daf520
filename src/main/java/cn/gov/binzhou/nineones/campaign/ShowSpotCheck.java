package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.campaign.SpotCheckProcess.Field;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.FormDisplay;
import cn.gov.binzhou.nineones.system.FormDisplaySource;

/** Shows the inspection group which enterprise and what kind of check, with where its campaign stands. */
@Component("showSpotCheck")
class ShowSpotCheck implements FormDisplaySource {

    private final SpotCheckRouting routing;
    private final Nominations nominations;
    private final CampaignRecords records;
    private final Checklist checklist;
    private final EnterpriseFacts facts;

    ShowSpotCheck(SpotCheckRouting routing, Nominations nominations, CampaignRecords records, Checklist checklist,
            EnterpriseFacts facts) {
        this.routing = routing;
        this.nominations = nominations;
        this.records = records;
        this.checklist = checklist;
        this.facts = facts;
    }

    @Override
    public FormDisplay display(DelegateTask task) {
        SpotCheck check = routing.check(task.getExecution());
        NominatedEnterprise nominated = nominations.find(check.nominationId()).orElseThrow();
        String summary = records.find(check.nominationId())
                .map(record -> "推进状态：" + record.stage().label()
                        + (record.countyFailures() > 0 ? "；县级验收退回" + record.countyFailures() + "次" : "")
                        + (record.overdueStep() != null ? "；逾期环节：" + overdueLabel(record.overdueStep()) : ""))
                .orElse("（本批次未建立推进记录）");
        return facts.display(nominated).show(Field.CHECK_KIND, check.kind().label() + "（" + check.batchCode() + "批次安排）")
                .show(Field.CAMPAIGN_SUMMARY, summary)
                .show(cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Acceptance.CHECKLIST_ITEMS, checklist.options());
    }

    private static String overdueLabel(String step) {
        return CampaignRecord.Step.SELF_ASSESSMENT.name().equals(step) ? "企业自评" : "县级验收";
    }
}
