package cn.gov.binzhou.nineones.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominationService;

/** The first self-assessment round moves a listed enterprise's record to self-assessing. */
@Component("openSelfAssessment")
class OpenSelfAssessment implements TaskListener {

    private final NominationService nominations;
    private final CampaignService campaign;

    OpenSelfAssessment(NominationService nominations, CampaignService campaign) {
        this.nominations = nominations;
        this.campaign = campaign;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey()).nomination().id();
        if (campaign.record(id).stage() == CampaignStage.LISTED) {
            campaign.move(id, CampaignRecord::selfAssessing);
        }
    }
}
