package cn.gov.binzhou.nineones.enrollment;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.Groups;
import cn.gov.binzhou.nineones.system.Memberships;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Registers a nomination made on the Tasklist start form: validates it, checks that the person may
 * nominate for its agency (their own agency; the city for all; an enterprise for itself), stores it and
 * starts the enterprise's process. Any problem fails the start with the reasons in Chinese, and nothing
 * is stored. The form's data does not stay in this process.
 */
@Component("registerNomination")
class RegisterNomination implements JavaDelegate {

    private final NominationValidator validator;
    private final NominationService nominations;
    private final Agencies agencies;

    RegisterNomination(NominationValidator validator, NominationService nominations, Agencies agencies) {
        this.validator = validator;
        this.nominations = nominations;
        this.agencies = agencies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String batchCode = FormValues.text(execution, NominationProcess.BATCH_CODE);
        if (batchCode == null) {
            throw new RefusedException("批次编号不能为空");
        }
        NominationValidator.Result result = validator.validate(FormValues.raw(execution));
        if (!result.valid()) {
            throw new RefusedException("提报未通过校验：" + result.message());
        }
        EnterpriseData data = result.data();
        String actor = CurrentUser.id();
        Set<String> groups = CurrentUser.groups();
        boolean enterprise = groups.contains(Groups.ENTERPRISE);
        if (actor != null && !enterprise && !Memberships.mayActFor(groups, data.agencyId())) {
            throw new RefusedException("您只能为本单位所辖企业提报，不能为" + agencies.require(data.agencyId()).name() + "提报");
        }
        Nomination nomination = nominations.register(batchCode, data, Nomination.SOURCE_FORM, enterprise ? actor : null,
                actor, groups);
        execution.setProcessBusinessKey(nomination.businessKey());
        execution.removeVariables(FormValues.FORM_FIELDS);
    }
}
