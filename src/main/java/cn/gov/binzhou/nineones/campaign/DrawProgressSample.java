package cn.gov.binzhou.nineones.campaign;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * October: samples the batch's listed enterprises per agency for a progress check (their instances hear
 * it and call the check), and, where the batch names a previous batch, samples that batch's accepted
 * enterprises for an operation check, started here although their own cycle has ended.
 */
@Component("drawProgressSample")
class DrawProgressSample implements JavaDelegate {

    private final Batches batches;
    private final AgencyEnterprises enterprises;
    private final CampaignRecords records;
    private final CheckDraw draw;
    private final SpotChecks checks;
    private final Messages messages;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Agencies agencies;

    DrawProgressSample(Batches batches, AgencyEnterprises enterprises, CampaignRecords records, CheckDraw draw,
            SpotChecks checks, Messages messages, RuntimeService runtime, IdentityService identity, Agencies agencies) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.records = records;
        this.draw = draw;
        this.checks = checks;
        this.messages = messages;
        this.runtime = runtime;
        this.identity = identity;
        this.agencies = agencies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Batch batch = batches.require(execution.getProcessBusinessKey());
        batches.updatePhase(batch.code(), BatchPhase.PROGRESS_CHECK);
        List<CheckDraw.Drawn> progress = draw.draw(batch, CheckKind.PROGRESS, enterprises.listed(batch.code()), List.of(),
                batch.calendar().progressCheckTo());
        messages.sendAsync(EnterpriseProcess.MESSAGE_PROGRESS_CHECK_DRAWN,
                progress.stream().map(drawn -> drawn.enterprise().nomination().processInstanceId()).toList());
        if (batch.previousBatchCode() != null) {
            List<CheckDraw.Drawn> operation = draw.draw(batch, CheckKind.OPERATION, operating(batch.previousBatchCode()),
                    List.of(), batch.calendar().progressCheckTo());
            operation.forEach(drawn -> SystemAccess.call(identity, () -> {
                String instance = runtime.startProcessInstanceByKey(SpotCheckProcess.KEY, SpotCheck.KEY_PREFIX + drawn.checkId(),
                        shown(drawn.enterprise())).getId();
                checks.attachProcess(drawn.checkId(), instance);
                return instance;
            }));
        }
    }

    /** What Tasklist and Cockpit show of the checked enterprise, as its own instance carries it. */
    private java.util.Map<String, Object> shown(NominatedEnterprise enterprise) {
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        EnterpriseProcess.Var.BATCH_CODE.put(variables, enterprise.nomination().batchCode());
        EnterpriseProcess.Var.AGENCY_NAME.put(variables, agencies.require(enterprise.nomination().agencyId()).name());
        EnterpriseProcess.Var.CREDIT_CODE.put(variables, enterprise.nomination().creditCode());
        EnterpriseProcess.Var.ENTERPRISE_NAME.put(variables, enterprise.enterprise().name());
        return variables;
    }

    /** The previous batch's enterprises whose acceptance was confirmed; all its listed ones if it kept no records. */
    private List<NominatedEnterprise> operating(String previousBatchCode) {
        List<NominatedEnterprise> listed = enterprises.listed(previousBatchCode);
        Map<Long, CampaignStage> stages = records.inBatch(previousBatchCode).stream()
                .collect(Collectors.toMap(CampaignRecord::nominationId, CampaignRecord::stage));
        if (stages.isEmpty()) {
            return listed;
        }
        return listed.stream().filter(n -> stages.get(n.nomination().id()) == CampaignStage.ACCEPTED).toList();
    }
}
