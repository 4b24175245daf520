package cn.gov.binzhou.nineones.batch;

import java.util.Date;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.CampaignTime;

/** The batch calendar as instants, for timers and due dates in the models: {@code ${batchSchedule...}}. */
@Component("batchSchedule")
public class BatchSchedule {

    private final Batches batches;

    BatchSchedule(Batches batches) {
        this.batches = batches;
    }

    public Date nominationCloses(String batchCode) {
        return CampaignTime.endOf(batches.require(batchCode).calendar().nominationCloses());
    }

    public Date cityApprovalBy(String batchCode) {
        return CampaignTime.endOf(batches.require(batchCode).calendar().cityApprovalBy());
    }
}
