package cn.gov.binzhou.nineones.batch;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * The batch calendar as instants, for timers and due dates in the models: {@code ${batchSchedule...(execution)}}.
 * The batch is the one the instance's business key names. A deadline is the end of its day; a window
 * opens at the start of its first day.
 */
@Component("batchSchedule")
public class BatchSchedule {

    private final Batches batches;

    BatchSchedule(Batches batches) {
        this.batches = batches;
    }

    public Date nominationCloses(DelegateExecution execution) {
        return CampaignTime.endOf(calendar(execution).nominationCloses());
    }

    public Date cityApprovalBy(DelegateExecution execution) {
        return CampaignTime.endOf(calendar(execution).cityApprovalBy());
    }

    public Date supervisionPlansBy(DelegateExecution execution) {
        return CampaignTime.endOf(calendar(execution).supervisionPlansBy());
    }

    /** Supervision visits are recorded until the self-assessment date. */
    public Date supervisionEnds(DelegateExecution execution) {
        return CampaignTime.endOf(calendar(execution).selfAssessmentBy());
    }

    public Date progressCheckStarts(DelegateExecution execution) {
        return CampaignTime.startOf(calendar(execution).progressCheckFrom());
    }

    /**
     * The December draw: the start of its first day, but never before the county acceptance date has
     * passed (both may land on the same working day once moved past a holiday).
     */
    public Date acceptanceCheckStarts(DelegateExecution execution) {
        BatchCalendar calendar = calendar(execution);
        Date start = CampaignTime.startOf(calendar.acceptanceCheckFrom());
        Date afterAcceptance = new Date(CampaignTime.endOf(calendar.countyAcceptanceBy()).getTime() + 1000);
        return start.after(afterAcceptance) ? start : afterAcceptance;
    }

    public Date batchEnds(DelegateExecution execution) {
        return CampaignTime.endOf(calendar(execution).deductionsBy());
    }

    private BatchCalendar calendar(DelegateExecution execution) {
        return batches.require(execution.getProcessBusinessKey()).calendar();
    }
}
