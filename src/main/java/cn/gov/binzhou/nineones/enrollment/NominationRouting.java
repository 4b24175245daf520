package cn.gov.binzhou.nineones.enrollment;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.system.ServiceTimes;

/**
 * Who works a nomination's tasks and by when; called from the enterprise model as
 * {@code ${nominationRouting...(execution)}}. Everything comes from the nomination that the instance's
 * business key names, never from process variables.
 */
@Component("nominationRouting")
public class NominationRouting {

    private final NominationService nominations;
    private final Agencies agencies;
    private final Batches batches;
    private final ServiceTimes serviceTimes;

    NominationRouting(NominationService nominations, Agencies agencies, Batches batches, ServiceTimes serviceTimes) {
        this.nominations = nominations;
        this.agencies = agencies;
        this.batches = batches;
        this.serviceTimes = serviceTimes;
    }

    public String agencyGroup(DelegateExecution execution) {
        return agencies.require(nomination(execution).agencyId()).groupId();
    }

    /** The enterprise's own user, if it nominated itself; empty otherwise. */
    public String enterpriseUser(DelegateExecution execution) {
        String user = nomination(execution).enterpriseUserId();
        return user == null ? "" : user;
    }

    /** The batch's city-approval date while it lies ahead, else the city approval's service time. */
    public Date cityApprovalDue(DelegateExecution execution) {
        return serviceTimes.dueByOr(batches.require(nomination(execution).batchCode()).calendar().cityApprovalBy(),
                EnterpriseProcess.CITY_APPROVAL);
    }

    private Nomination nomination(DelegateExecution execution) {
        return nominations.ofBusinessKey(execution.getProcessBusinessKey()).nomination();
    }
}
