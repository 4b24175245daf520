package cn.gov.binzhou.nineones.batch;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fixes the batch list at the city-approval deadline and tells every enterprise instance of the batch
 * that is still under review, by message, so none of them can be listed any more.
 */
@Component("fixBatchList")
class FixBatchList implements JavaDelegate {

    private final Batches batches;
    private final RuntimeService runtime;

    FixBatchList(Batches batches, RuntimeService runtime) {
        this.batches = batches;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String batchCode = (String) execution.getVariable(BatchProcess.Var.BATCH_CODE);
        batches.updatePhase(batchCode, BatchPhase.LIST_FIXED);
        runtime.createMessageCorrelation(BatchProcess.MESSAGE_LIST_FIXED)
                .processInstanceVariableEquals(BatchProcess.Var.BATCH_CODE, batchCode)
                .correlateAll();
    }
}
