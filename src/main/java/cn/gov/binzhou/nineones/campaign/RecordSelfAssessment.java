package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Acceptance;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominationService;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Keeps a self-assessment: the items done, the notes, and the main responsible person's attestation (name
 * and date), which the notice requires in person. The submitted fields then leave the process.
 */
@Component("recordSelfAssessment")
class RecordSelfAssessment implements TaskListener {

    static final int MAX_NOTES = 4000;
    static final int MAX_NAME = 64;

    private final NominationService nominations;
    private final CampaignService campaign;
    private final Acceptances acceptances;
    private final Checklist checklist;

    RecordSelfAssessment(NominationService nominations, CampaignService campaign, Acceptances acceptances,
            Checklist checklist) {
        this.nominations = nominations;
        this.campaign = campaign;
        this.acceptances = acceptances;
        this.checklist = checklist;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> done = Inputs.list(task.getExecution(), Acceptance.CHECKLIST_DONE, "已落实的条目");
        String doneItems = checklist.known(done, "已落实的条目");
        String notes = Inputs.text(task.getExecution(), Acceptance.EVIDENCE_NOTES, MAX_NOTES, "落实情况与佐证说明");
        String principal = Inputs.requiredText(task.getExecution(), Acceptance.PRINCIPAL_NAME, MAX_NAME, "主要负责人签名");
        LocalDate attested = Inputs.date(task.getExecution(), Acceptance.ATTESTED_ON, "签署日期");
        if (attested == null) {
            throw new RefusedException("请填写签署日期");
        }
        if (attested.isAfter(CampaignTime.today())) {
            throw new RefusedException("签署日期不能晚于今天");
        }
        long id = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey()).nomination().id();
        CampaignRecord record = campaign.record(id);
        acceptances.addSelfAssessment(id, new Acceptances.SelfAssessment(record.countyFailures() + 1, doneItems, notes,
                principal, attested, CurrentUser.idOr(task.getAssignee())), CampaignService.now());
        campaign.move(id, current -> current.selfAssessed(CampaignService.now()));
        task.getExecution().removeVariables(EnterpriseProcess.TASK_FIELDS.of(EnterpriseProcess.SELF_ASSESSMENT));
    }
}
