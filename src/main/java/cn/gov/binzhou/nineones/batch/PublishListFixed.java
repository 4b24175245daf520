package cn.gov.binzhou.nineones.batch;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends {@value BatchProcess#MESSAGE_LIST_FIXED} to every enterprise instance of the batch that is still
 * under review once the list is fixed, so none of them can be listed any more.
 */
@Component("publishListFixed")
class PublishListFixed implements JavaDelegate {

    private final RuntimeService runtime;

    PublishListFixed(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtime.createMessageCorrelation(BatchProcess.MESSAGE_LIST_FIXED)
                .processInstanceVariableEquals(BatchProcess.Var.BATCH_CODE.name(), execution.getProcessBusinessKey())
                .correlateAll();
    }
}
