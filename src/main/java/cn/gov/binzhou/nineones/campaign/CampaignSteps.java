package cn.gov.binzhou.nineones.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.NominationService;

/**
 * The enterprise model's service steps of the campaign: {@code ${campaignSteps.listed(execution)}} and the
 * like. The enterprise is the one the instance's business key names.
 */
@Component("campaignSteps")
public class CampaignSteps {

    private final NominationService nominations;
    private final CampaignService campaign;
    private final ApplicationEventPublisher events;

    CampaignSteps(NominationService nominations, CampaignService campaign, ApplicationEventPublisher events) {
        this.nominations = nominations;
        this.campaign = campaign;
        this.events = events;
    }

    public void listed(DelegateExecution execution) {
        campaign.listed(nominations.ofBusinessKey(execution.getProcessBusinessKey()));
    }

    /** A hard date passed before the step was done: recorded as not advanced as required (未按要求推进). */
    public void overdue(DelegateExecution execution, String step) {
        Nomination nomination = nominations.ofBusinessKey(execution.getProcessBusinessKey()).nomination();
        campaign.move(nomination.id(), record -> record.overdue(CampaignRecord.Step.valueOf(step), CampaignService.now()));
        events.publishEvent(new FindingRecorded(nomination.batchCode(), nomination.agencyId(), nomination.id(), null,
                FindingRecorded.DEADLINE, SpotCheckResult.NOT_ADVANCED.name(), campaign.countyPassed(nomination.id()), null, null));
    }

    /** The batch closed while the enterprise's cycle was still open. */
    public void closed(DelegateExecution execution) {
        long id = nominationId(execution);
        if (!campaign.record(id).stage().isFinal()) {
            campaign.move(id, record -> record.finished(CampaignStage.CLOSED, CampaignService.now()));
        }
    }

    private long nominationId(DelegateExecution execution) {
        return nominations.ofBusinessKey(execution.getProcessBusinessKey()).nomination().id();
    }
}
