package cn.gov.binzhou.nineones.enrollment;

import java.util.HashMap;
import java.util.Map;

import cn.gov.binzhou.nineones.agency.Agencies;

/** The ids and routing facts an enterprise instance carries. */
final class EnterpriseVariables {

    private EnterpriseVariables() {
    }

    static Map<String, Object> of(Nomination nomination, EnterpriseData data, Agencies agencies) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(EnterpriseProcess.Var.BATCH_CODE, nomination.batchCode());
        variables.put(EnterpriseProcess.Var.NOMINATION_ID, nomination.id());
        variables.put(EnterpriseProcess.Var.AGENCY_ID, nomination.agencyId());
        variables.put(EnterpriseProcess.Var.AGENCY_NAME, agencies.require(nomination.agencyId()).name());
        variables.put(EnterpriseProcess.Var.CREDIT_CODE, nomination.creditCode());
        variables.put(EnterpriseProcess.Var.ENTERPRISE_NAME, data.name());
        variables.put(EnterpriseProcess.Var.ENTERPRISE_USER_ID, nomination.enterpriseUserId());
        return variables;
    }
}
