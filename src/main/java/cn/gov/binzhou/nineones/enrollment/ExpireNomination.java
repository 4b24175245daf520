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
        long id = ((Number) execution.getVariable(EnterpriseProcess.Var.NOMINATION_ID)).longValue();
        nominations.decide(id, "LIST_FIXED", null, NominationStatus.EXPIRED, "批次名单确定时尚未完成审定", null, null);
    }
}
