package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CountyDecision;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the county's decision with who, when and the comment; a return or rejection needs a comment. */
@Component("recordCountyDecision")
class RecordCountyDecision implements TaskListener {

    private final NominationService nominations;

    RecordCountyDecision(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void notify(DelegateTask task) {
        CountyDecision decision = ReviewSupport.decision(task, Var.COUNTY_DECISION, CountyDecision.class, "县级审核结论");
        String comment = ReviewSupport.comment(task, decision != CountyDecision.APPROVE);
        NominationStatus status = switch (decision) {
            case APPROVE -> NominationStatus.COUNTY_APPROVED;
            case RETURN -> NominationStatus.RETURNED;
            case REJECT -> NominationStatus.REJECTED_BY_COUNTY;
        };
        nominations.decide(ReviewSupport.nominationId(task), EnterpriseProcess.COUNTY_REVIEW, decision.name(), status,
                comment, ReviewSupport.actor(task), task.getId());
        task.getExecution().setVariable(Var.COUNTY_DECISION, decision.name());
        task.getExecution().removeVariable(Var.COMMENT);
        ReviewSupport.dropDisplayEcho(task);
    }
}
