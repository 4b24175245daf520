package cn.gov.binzhou.nineones.campaign;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;

/**
 * Publishes the batch's fixed list: the batch enters its campaign, and every listed enterprise's instance
 * waiting for the list hears it (asynchronously), which starts its self-assessment.
 */
@Component("publishList")
class PublishList implements JavaDelegate {

    private final Batches batches;
    private final AgencyEnterprises enterprises;
    private final CampaignRecords records;
    private final Messages messages;

    PublishList(Batches batches, AgencyEnterprises enterprises, CampaignRecords records, Messages messages) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.records = records;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String batchCode = execution.getProcessBusinessKey();
        if (!batches.require(batchCode).phase().reached(BatchPhase.LIST_FIXED)) {
            batches.updatePhase(batchCode, BatchPhase.LIST_FIXED);
        }
        java.util.Set<Long> recorded = records.inBatch(batchCode).stream().map(CampaignRecord::nominationId)
                .collect(java.util.stream.Collectors.toSet());
        List<String> waiting = enterprises.listed(batchCode).stream()
                .filter(nominated -> !recorded.contains(nominated.nomination().id()))
                .map(nominated -> nominated.nomination().processInstanceId()).toList();
        messages.sendAsync(EnterpriseProcess.MESSAGE_LIST_PUBLISHED, waiting);
    }
}
