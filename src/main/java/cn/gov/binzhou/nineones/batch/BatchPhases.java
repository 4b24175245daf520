package cn.gov.binzhou.nineones.batch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Moves a batch to its next phase, called from the batch model: {@code ${batchPhases.enter(execution, 'APPROVAL')}}. */
@Component("batchPhases")
public class BatchPhases {

    private final Batches batches;

    BatchPhases(Batches batches) {
        this.batches = batches;
    }

    public void enter(DelegateExecution execution, String phase) {
        batches.updatePhase(execution.getProcessBusinessKey(), BatchPhase.valueOf(phase));
    }
}
