package cn.gov.binzhou.nineones.enrollment;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.binzhou.nineones.system.AccessPolicy;
import cn.gov.binzhou.nineones.system.AuthorizationGrants;
import cn.gov.binzhou.nineones.system.GroupCatalog.GroupDefinition;
import cn.gov.binzhou.nineones.system.TaskFields;

/**
 * Enrollment's rights and task contract: agencies, enterprises and the city bureau may start the
 * nomination form, whose registration starts the enterprise process; nobody may start that one directly.
 */
@Configuration(proxyBeanMethods = false)
class EnrollmentAccess {

    @Bean
    TaskFields enterpriseTaskFields() {
        return EnterpriseProcess.TASK_FIELDS;
    }

    @Bean
    AccessPolicy nominationStart() {
        return EnrollmentAccess::apply;
    }

    private static void apply(GroupDefinition group, AuthorizationGrants grants) {
        // earlier releases let nominating groups start the enterprise process itself
        grants.revokeGroup(group.id(), Resources.PROCESS_DEFINITION, EnterpriseProcess.KEY);
        switch (group.kind()) {
            case CITY_BUREAU, COUNTY, ENTERPRISE -> {
                grants.grantGroup(group.id(), Resources.PROCESS_DEFINITION, NominationProcess.KEY, READ, CREATE_INSTANCE);
                grants.grantGroup(group.id(), Resources.PROCESS_INSTANCE, AuthorizationGrants.ANY, CREATE);
            }
            default -> {
            }
        }
    }
}
