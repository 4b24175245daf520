package cn.gov.binzhou.nineones.deduction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.campaign.FindingRecorded;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Opens a deduction for every finding, in the transaction that records it: a ledger row and its process,
 * started as the system with the rule's inputs (kind, finding, whether the county had passed the
 * enterprise), which nobody completing a task can change.
 */
@Service
@EnableConfigurationProperties(DeductionSettings.class)
public class DeductionService {

    static final String KEY_PREFIX = "deduction-";

    private final Deductions deductions;
    private final Nominations nominations;
    private final Agencies agencies;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final DeductionSettings settings;

    DeductionService(Deductions deductions, Nominations nominations, Agencies agencies, RuntimeService runtime,
            IdentityService identity, DeductionSettings settings) {
        this.deductions = deductions;
        this.nominations = nominations;
        this.agencies = agencies;
        this.runtime = runtime;
        this.identity = identity;
        this.settings = settings;
    }

    @EventListener
    void findingRecorded(FindingRecorded finding) {
        int round = deductions.rounds(finding.nominationId(), finding.batchCode()) + 1;
        long id = deductions.insert(finding, round, CampaignTime.now().toInstant());
        NominatedEnterprise enterprise = nominations.find(finding.nominationId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        DeductionProcess.Var.CHECK_KIND.put(variables, finding.kind());
        DeductionProcess.Var.FINDING.put(variables, finding.finding());
        DeductionProcess.Var.COUNTY_PASSED.put(variables, finding.countyPassed());
        EnterpriseProcess.Var.BATCH_CODE.put(variables, finding.batchCode());
        EnterpriseProcess.Var.AGENCY_NAME.put(variables, agencies.require(finding.agencyId()).name());
        EnterpriseProcess.Var.CREDIT_CODE.put(variables, enterprise.nomination().creditCode());
        EnterpriseProcess.Var.ENTERPRISE_NAME.put(variables, enterprise.enterprise().name());
        String instance = SystemAccess.call(identity,
                () -> runtime.startProcessInstanceByKey(DeductionProcess.KEY, KEY_PREFIX + id, variables).getId());
        deductions.attachProcess(id, instance);
    }

    /**
     * The rule's points within the cap: what is left of the agency's cap for the batch after the points
     * that count or may count.
     */
    BigDecimal capped(Deduction deduction, BigDecimal points, boolean confirming) {
        BigDecimal used = confirming ? deductions.confirmed(deduction.batchCode(), deduction.agencyId(), deduction.id())
                : deductions.committed(deduction.batchCode(), deduction.agencyId(), deduction.id());
        BigDecimal left = settings.capPerAgency().subtract(used).max(BigDecimal.ZERO);
        return points.min(left);
    }

    Deduction ofBusinessKey(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
            throw new IllegalStateException("Not a deduction business key: " + businessKey);
        }
        long id = Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
        return deductions.find(id).orElseThrow(() -> new IllegalStateException("No deduction " + id));
    }

    DeductionSettings settings() {
        return settings;
    }
}
