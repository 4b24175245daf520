package cn.gov.binzhou.nineones.campaign;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.system.FormDisplay;

/** The enterprise's identity as every campaign form shows it, read-only. */
@Component
class EnterpriseFacts {

    private final Agencies agencies;

    EnterpriseFacts(Agencies agencies) {
        this.agencies = agencies;
    }

    FormDisplay display(NominatedEnterprise nominated) {
        return FormDisplay.create()
                .show(EnterpriseProcess.Var.BATCH_CODE, nominated.nomination().batchCode())
                .show(EnterpriseProcess.Var.ENTERPRISE_NAME, nominated.enterprise().name())
                .show(EnterpriseProcess.Var.CREDIT_CODE, nominated.nomination().creditCode())
                .show(EnterpriseProcess.Field.AGENCY, agencies.require(nominated.nomination().agencyId()).name());
    }
}
