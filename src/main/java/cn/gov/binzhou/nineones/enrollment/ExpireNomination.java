package cn.gov.binzhou.nineones.enrollment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the batch list was fixed while this nomination was still under review. */
@Component("expireNomination")
class ExpireNomination implements JavaDelegate {

    private final NominationService nominations;

    ExpireNomination(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        nominations.expire(nominations.ofBusinessKey(execution.getProcessBusinessKey()));
    }
}
