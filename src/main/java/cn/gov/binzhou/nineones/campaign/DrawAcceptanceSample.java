package cn.gov.binzhou.nineones.campaign;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;

/**
 * December: at its date, whatever state enterprises are in, samples per agency among the county-accepted
 * and adds every enterprise that missed a hard date; the county-accepted not drawn are accepted as they
 * stand. Every enterprise waiting for the draw hears it and checks whether it was drawn.
 */
@Component("drawAcceptanceSample")
class DrawAcceptanceSample implements JavaDelegate {

    private final Batches batches;
    private final AgencyEnterprises enterprises;
    private final CampaignRecords records;
    private final CampaignService campaign;
    private final CheckDraw draw;
    private final Messages messages;

    DrawAcceptanceSample(Batches batches, AgencyEnterprises enterprises, CampaignRecords records, CampaignService campaign,
            CheckDraw draw, Messages messages) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.records = records;
        this.campaign = campaign;
        this.draw = draw;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Batch batch = batches.require(execution.getProcessBusinessKey());
        batches.updatePhase(batch.code(), BatchPhase.ACCEPTANCE_CHECK);
        Map<Long, CampaignStage> stages = records.inBatch(batch.code()).stream()
                .collect(Collectors.toMap(CampaignRecord::nominationId, CampaignRecord::stage));
        List<NominatedEnterprise> listed = enterprises.listed(batch.code());
        List<NominatedEnterprise> accepted = in(listed, stages, CampaignStage.COUNTY_ACCEPTED);
        List<NominatedEnterprise> overdue = in(listed, stages, CampaignStage.OVERDUE);
        List<CheckDraw.Drawn> drawn = draw.draw(batch, CheckKind.ACCEPTANCE, accepted, overdue,
                batch.calendar().acceptanceCheckTo());
        Set<Long> checked = drawn.stream().map(d -> d.enterprise().nomination().id()).collect(Collectors.toSet());
        for (NominatedEnterprise enterprise : accepted) {
            long id = enterprise.nomination().id();
            campaign.move(id, record -> checked.contains(id) ? record.checking()
                    : record.finished(CampaignStage.ACCEPTED, CampaignService.now()));
        }
        overdue.forEach(enterprise -> campaign.move(enterprise.nomination().id(), CampaignRecord::checking));
        messages.sendAsync(EnterpriseProcess.MESSAGE_ACCEPTANCE_CHECK_DRAWN, java.util.stream.Stream.concat(
                accepted.stream(), overdue.stream()).map(n -> n.nomination().processInstanceId()).toList());
    }

    private static List<NominatedEnterprise> in(List<NominatedEnterprise> listed, Map<Long, CampaignStage> stages,
            CampaignStage stage) {
        return listed.stream().filter(n -> stages.get(n.nomination().id()) == stage).toList();
    }
}
