package cn.gov.binzhou.nineones.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.system.FormDisplay;
import cn.gov.binzhou.nineones.system.FormDisplaySource;

/** Shows an agency its batch and how many of its enterprises are listed, for its supervision plan. */
@Component("showSupervisionPlan")
class ShowSupervisionPlan implements FormDisplaySource {

    static final String ENTERPRISE_COUNT = "enterpriseCount";

    private final AgencyEnterprises enterprises;
    private final Agencies agencies;

    ShowSupervisionPlan(AgencyEnterprises enterprises, Agencies agencies) {
        this.enterprises = enterprises;
        this.agencies = agencies;
    }

    @Override
    public FormDisplay display(DelegateTask task) {
        String batchCode = task.getExecution().getProcessBusinessKey();
        String agencyId = BatchProcess.Var.AGENCY_ID.require(task.getExecution());
        return FormDisplay.create().show(EnterpriseProcess.Var.BATCH_CODE, batchCode)
                .show(EnterpriseProcess.Field.AGENCY, agencies.require(agencyId).name())
                .show(ENTERPRISE_COUNT, enterprises.listed(batchCode, agencyId).size());
    }
}
