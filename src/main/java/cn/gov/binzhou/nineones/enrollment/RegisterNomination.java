package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.Groups;
import cn.gov.binzhou.nineones.system.Memberships;

/**
 * Registers a nomination made on the Tasklist start form: validates it, stores the enterprise in the
 * register, sets the business key and leaves only ids and routing facts in the process. Any problem
 * fails the start with the reasons in Chinese, and nothing is stored.
 */
@Component("registerNomination")
class RegisterNomination implements JavaDelegate {

    private final NominationValidator validator;
    private final NominationService nominations;
    private final Memberships memberships;
    private final Agencies agencies;

    RegisterNomination(NominationValidator validator, NominationService nominations, Memberships memberships,
            Agencies agencies) {
        this.validator = validator;
        this.nominations = nominations;
        this.memberships = memberships;
        this.agencies = agencies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String batchCode = FormValues.text(execution, Var.BATCH_CODE);
        if (batchCode == null) {
            throw new NominationRefusedException("批次编号不能为空");
        }
        NominationValidator.Result result = validator.validate(FormValues.raw(execution));
        if (!result.valid()) {
            throw new NominationRefusedException("提报未通过校验：" + result.message());
        }
        EnterpriseData data = result.data();
        String actor = CurrentUser.id();
        Set<String> groups = memberships.groupsOf(actor);
        if (actor != null && !Memberships.mayActFor(groups, data.agencyId()) && !groups.contains(Groups.ENTERPRISE)) {
            throw new NominationRefusedException("您只能为本单位所辖企业提报，不能为"
                    + agencies.require(data.agencyId()).name() + "提报");
        }
        String enterpriseUser = groups.contains(Groups.ENTERPRISE) ? actor : null;
        Nomination nomination = nominations.nominate(batchCode, data, Nomination.SOURCE_FORM, enterpriseUser, actor);
        nominations.attachProcess(nomination.id(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(nomination.businessKey());
        execution.removeVariables(FormValues.ENTERPRISE_FIELDS);
        execution.setVariables(EnterpriseVariables.of(nomination, data, agencies));
    }
}
