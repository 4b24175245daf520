package cn.gov.binzhou.nineones.enrollment;

import java.util.Date;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.system.ServiceTimes;

/** Who works a nomination's tasks and by when; called from the enterprise model as {@code ${nominationRouting...}}. */
@Component("nominationRouting")
public class NominationRouting {

    private final Agencies agencies;
    private final Batches batches;
    private final ServiceTimes serviceTimes;

    NominationRouting(Agencies agencies, Batches batches, ServiceTimes serviceTimes) {
        this.agencies = agencies;
        this.batches = batches;
        this.serviceTimes = serviceTimes;
    }

    public String agencyGroup(String agencyId) {
        return agencies.require(agencyId).groupId();
    }

    /** The enterprise's own user, if it nominated itself; empty otherwise. */
    public String enterpriseUser(Object enterpriseUserId) {
        return enterpriseUserId == null ? "" : enterpriseUserId.toString();
    }

    /** The batch's city-approval date while it lies ahead, else the city approval's service time. */
    public Date cityApprovalDue(String batchCode) {
        return serviceTimes.dueByOr(batches.require(batchCode).calendar().cityApprovalBy(), EnterpriseProcess.CITY_APPROVAL);
    }
}
