package cn.gov.binzhou.nineones.deduction;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.campaign.SpotCheckResult;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.system.ServiceTimes;
import cn.gov.binzhou.nineones.system.WorkingDays;

/**
 * Who works a deduction's tasks and by when, and whether its re-check passed; called from the deduction
 * model as {@code ${deductionRouting...(execution)}}, everything read from the ledger row the business
 * key names.
 */
@Component("deductionRouting")
public class DeductionRouting {

    private final DeductionService deductions;
    private final Agencies agencies;
    private final SpotChecks checks;
    private final WorkingDays workingDays;
    private final ServiceTimes serviceTimes;

    DeductionRouting(DeductionService deductions, Agencies agencies, SpotChecks checks, WorkingDays workingDays,
            ServiceTimes serviceTimes) {
        this.deductions = deductions;
        this.agencies = agencies;
        this.checks = checks;
        this.workingDays = workingDays;
        this.serviceTimes = serviceTimes;
    }

    public String agencyGroup(DelegateExecution execution) {
        return agencies.require(deduction(execution).agencyId()).groupId();
    }

    public Date objectionDue(DelegateExecution execution) {
        return workingDays.fromNow(deductions.settings().objectionWorkingDays());
    }

    public Date confirmationDue(DelegateExecution execution) {
        return serviceTimes.due(DeductionProcess.CONFIRM_DEDUCTION);
    }

    public Date rectificationDue(DelegateExecution execution) {
        return workingDays.fromNow(deductions.settings().rectificationWorkingDays());
    }

    /** The business key of the re-check the rectification asked for. */
    public String recheckKey(DelegateExecution execution) {
        Deduction deduction = deduction(execution);
        return checks.latestRecheck(deduction.batchCode(), deduction.nominationId()).orElseThrow().businessKey();
    }

    public boolean recheckPassed(DelegateExecution execution) {
        Deduction deduction = deduction(execution);
        return checks.latestRecheck(deduction.batchCode(), deduction.nominationId())
                .map(check -> check.result() == SpotCheckResult.EFFECTIVE).orElse(false);
    }

    private Deduction deduction(DelegateExecution execution) {
        return deductions.ofBusinessKey(execution.getProcessBusinessKey());
    }
}
