package cn.gov.binzhou.nineones.campaign;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;

/** An agency's enterprises on a batch's list. */
@Component
class AgencyEnterprises {

    private final Nominations nominations;

    AgencyEnterprises(Nominations nominations) {
        this.nominations = nominations;
    }

    List<NominatedEnterprise> listed(String batchCode, String agencyId) {
        return nominations.inBatch(batchCode).stream()
                .filter(nominated -> nominated.nomination().status() == NominationStatus.CITY_APPROVED)
                .filter(nominated -> nominated.nomination().agencyId().equals(agencyId)).toList();
    }

    List<NominatedEnterprise> listed(String batchCode) {
        return nominations.inBatch(batchCode).stream()
                .filter(nominated -> nominated.nomination().status() == NominationStatus.CITY_APPROVED).toList();
    }
}
