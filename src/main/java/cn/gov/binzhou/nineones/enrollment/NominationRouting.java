package cn.gov.binzhou.nineones.enrollment;

import java.util.Date;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.system.WorkingDays;

/** Who works a nomination's tasks and by when; called from the enterprise model as {@code ${nominationRouting...}}. */
@Component("nominationRouting")
public class NominationRouting {

    /** Service time of a county review or a revision, in working days. */
    public static final int REVIEW_DAYS = 5;

    private final Agencies agencies;
    private final Batches batches;
    private final WorkingDays workingDays;

    NominationRouting(Agencies agencies, Batches batches, WorkingDays workingDays) {
        this.agencies = agencies;
        this.batches = batches;
        this.workingDays = workingDays;
    }

    public String agencyGroup(String agencyId) {
        return agencies.require(agencyId).groupId();
    }

    /** The enterprise's own user, if it nominated itself; empty otherwise. */
    public String enterpriseUser(Object enterpriseUserId) {
        return enterpriseUserId == null ? "" : enterpriseUserId.toString();
    }

    public Date reviewDue() {
        return workingDays.fromNow(REVIEW_DAYS);
    }

    public Date cityApprovalDue(String batchCode) {
        return workingDays.calendarDateOrFromNow(batches.require(batchCode).calendar().cityApprovalBy(), REVIEW_DAYS);
    }
}
