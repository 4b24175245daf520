package cn.gov.binzhou.nineones.deduction;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.reminder.AgencyNotices;
import cn.gov.binzhou.nineones.reminder.NoticeKind;

/**
 * Tells the agency's staff and leaders when a deduction is proposed (its objection task opens) and when
 * it is confirmed (its rectification task opens).
 */
@Component("deductionNotice")
class DeductionNotice implements TaskListener {

    private final DeductionService deductions;
    private final Nominations nominations;
    private final AgencyNotices notices;

    DeductionNotice(DeductionService deductions, Nominations nominations, AgencyNotices notices) {
        this.deductions = deductions;
        this.nominations = nominations;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        NoticeKind kind = DeductionProcess.DEDUCTION_OBJECTION.equals(task.getTaskDefinitionKey())
                ? NoticeKind.DEDUCTION_PROPOSED : NoticeKind.DEDUCTION_CONFIRMED;
        Deduction deduction = deductions.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        String enterprise = nominations.find(deduction.nominationId()).orElseThrow().enterprise().name();
        notices.tell(task, kind, deduction.agencyId(), enterprise);
    }
}
