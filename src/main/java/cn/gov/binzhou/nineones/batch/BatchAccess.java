package cn.gov.binzhou.nineones.batch;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.AccessPolicy;
import cn.gov.binzhou.nineones.system.AuthorizationGrants;
import cn.gov.binzhou.nineones.system.GroupCatalog;
import cn.gov.binzhou.nineones.system.GroupCatalog.GroupDefinition;
import cn.gov.binzhou.nineones.system.TaskFields;

/** The city bureau starts batches on the batch form, whose first step registers the batch. */
@Component
class BatchAccess implements AccessPolicy {

    @Bean
    static TaskFields batchTaskFields() {
        return BatchProcess.TASK_FIELDS;
    }

    @Override
    public void apply(GroupDefinition group, AuthorizationGrants grants) {
        if (group.kind() == GroupCatalog.Kind.CITY_BUREAU) {
            grants.grantGroup(group.id(), Resources.PROCESS_DEFINITION, BatchProcess.KEY, READ, CREATE_INSTANCE);
            grants.grantGroup(group.id(), Resources.PROCESS_INSTANCE, AuthorizationGrants.ANY, CREATE);
        }
    }
}
