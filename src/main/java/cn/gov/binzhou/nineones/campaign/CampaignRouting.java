package cn.gov.binzhou.nineones.campaign;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.NominationService;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.ServiceTimes;

/**
 * Who works the campaign's tasks, by when, and which way the models go, called from the batch and
 * enterprise models as {@code ${campaignRouting...(execution)}}. Everything comes from our tables, found
 * by the instance's business key, never from process variables.
 */
@Component("campaignRouting")
public class CampaignRouting {

    private final NominationService nominations;
    private final Nominations register;
    private final Batches batches;
    private final Agencies agencies;
    private final CampaignRecords records;
    private final SpotChecks checks;
    private final ServiceTimes serviceTimes;

    CampaignRouting(NominationService nominations, Nominations register, Batches batches, Agencies agencies,
            CampaignRecords records, SpotChecks checks, ServiceTimes serviceTimes) {
        this.nominations = nominations;
        this.register = register;
        this.batches = batches;
        this.agencies = agencies;
        this.records = records;
        this.checks = checks;
        this.serviceTimes = serviceTimes;
    }

    /** The agencies with enterprises on the batch's list, each of which plans and records supervision. */
    public List<String> supervisingAgencies(DelegateExecution execution) {
        return register.listedInBatch(execution.getProcessBusinessKey(), null).stream()
                .map(nominated -> nominated.nomination().agencyId()).distinct().sorted().toList();
    }

    public String agencyGroupOf(String agencyId) {
        return agencies.require(agencyId).groupId();
    }

    public String agencyGroup(DelegateExecution execution) {
        return agencyGroupOf(nomination(execution).agencyId());
    }

    /** The enterprise's own user, who self-assesses where it has one; empty otherwise. */
    public String enterpriseUser(DelegateExecution execution) {
        String user = nomination(execution).enterpriseUserId();
        return user == null ? "" : user;
    }

    /** The agency self-assesses on the enterprise's behalf where the enterprise has no user. */
    public String selfAssessmentGroup(DelegateExecution execution) {
        Nomination nomination = nomination(execution);
        return nomination.enterpriseUserId() == null ? agencyGroupOf(nomination.agencyId()) : "";
    }

    /**
     * The batch's self-assessment date for the first round; after the county returned it, the
     * self-assessment's service time, but never past the county acceptance date.
     */
    public Date selfAssessmentDue(DelegateExecution execution) {
        Nomination nomination = nomination(execution);
        Batch batch = batches.require(nomination.batchCode());
        boolean returned = records.find(nomination.id()).map(record -> record.countyFailures() > 0).orElse(false);
        if (!returned) {
            return CampaignTime.endOf(batch.calendar().selfAssessmentBy());
        }
        Date byServiceTime = serviceTimes.due(EnterpriseProcess.SELF_ASSESSMENT);
        Date latest = CampaignTime.endOf(batch.calendar().countyAcceptanceBy());
        return byServiceTime.after(latest) ? latest : byServiceTime;
    }

    public Date countyAcceptanceDue(DelegateExecution execution) {
        return CampaignTime.endOf(batches.require(nomination(execution).batchCode()).calendar().countyAcceptanceBy());
    }

    /** The business key of the enterprise's spot-check of that kind in its batch. */
    public String checkKey(DelegateExecution execution, String kind) {
        Nomination nomination = nomination(execution);
        return checks.find(nomination.batchCode(), CheckKind.valueOf(kind), nomination.id())
                .orElseThrow(() -> new IllegalStateException("No " + kind + " check for " + nomination.businessKey()))
                .businessKey();
    }

    public boolean sampledForAcceptance(DelegateExecution execution) {
        Nomination nomination = nomination(execution);
        return checks.find(nomination.batchCode(), CheckKind.ACCEPTANCE, nomination.id()).isPresent();
    }

    /** The December check's result, once recorded. */
    public String acceptanceCheckResult(DelegateExecution execution) {
        Nomination nomination = nomination(execution);
        return checks.find(nomination.batchCode(), CheckKind.ACCEPTANCE, nomination.id())
                .map(check -> check.result() == null ? "" : check.result().name()).orElse("");
    }

    /** Whether any spot-check of the batch is still open. */
    public boolean checksOpen(DelegateExecution execution) {
        return checks.openCount(execution.getProcessBusinessKey()) > 0;
    }

    private Nomination nomination(DelegateExecution execution) {
        return nominations.ofBusinessKey(execution.getProcessBusinessKey()).nomination();
    }
}
