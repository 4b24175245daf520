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
        nominations.decideByCounty(nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey()), decision,
                comment, ReviewSupport.actor(task), task.getId());
        Var.COUNTY_DECISION.set(task.getExecution(), decision.name());
    }
}
