package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CityDecision;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the city's decision with who, when and the comment; a rejection needs a comment. */
@Component("recordCityDecision")
class RecordCityDecision implements TaskListener {

    private final NominationService nominations;

    RecordCityDecision(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void notify(DelegateTask task) {
        CityDecision decision = ReviewSupport.decision(task, Var.CITY_DECISION, CityDecision.class, "市级审定结论");
        String comment = ReviewSupport.comment(task, decision == CityDecision.REJECT);
        nominations.decideByCity(nominations.ofBusinessKey(task.getExecution().getProcessBusinessKey()), decision,
                comment, ReviewSupport.actor(task), task.getId());
        Var.CITY_DECISION.set(task.getExecution(), decision.name());
    }
}
