package cn.gov.binzhou.nineones.campaign;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;

/** An agency's enterprises on a batch's list. */
@Component
class AgencyEnterprises {

    private final Nominations nominations;

    AgencyEnterprises(Nominations nominations) {
        this.nominations = nominations;
    }

    List<NominatedEnterprise> listed(String batchCode, String agencyId) {
        return nominations.listedInBatch(batchCode, agencyId);
    }

    List<NominatedEnterprise> listed(String batchCode) {
        return nominations.listedInBatch(batchCode, null);
    }
}
