package cn.gov.binzhou.nineones.batch;

import org.springframework.stereotype.Component;

/** Moves a batch to its next phase, called from the batch model: {@code ${batchPhases.enter(batchCode, 'APPROVAL')}}. */
@Component("batchPhases")
public class BatchPhases {

    private final Batches batches;

    BatchPhases(Batches batches) {
        this.batches = batches;
    }

    public void enter(String batchCode, String phase) {
        batches.updatePhase(batchCode, BatchPhase.valueOf(phase));
    }
}
