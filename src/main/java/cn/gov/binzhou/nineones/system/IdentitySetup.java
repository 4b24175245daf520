package cn.gov.binzhou.nineones.system;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.system.GroupCatalog.GroupDefinition;

/**
 * Makes the campaign's groups and their authorizations exist, in every profile, idempotently.
 * Agencies see only what is routed to them: task visibility comes from the engine's candidate-group
 * authorizations, never from a global task grant.
 */
@Component
class IdentitySetup {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";

    private final IdentityService identity;
    private final GroupCatalog catalog;
    private final AuthorizationGrants grants;
    private final TasklistFilters filters;

    IdentitySetup(IdentityService identity, AuthorizationService authorizations, GroupCatalog catalog,
            TasklistFilters filters) {
        this.identity = identity;
        this.catalog = catalog;
        this.grants = new AuthorizationGrants(authorizations);
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void ensureGroupsAndAuthorizations() {
        StartupRetry.run("groups and authorizations", () -> {
            catalog.all().forEach(this::ensureGroup);
            catalog.all().forEach(this::grant);
            // due dates are computed while a user's command runs, by evaluating the service-time rule
            grants.grantEveryone(Resources.DECISION_DEFINITION, ServiceTimes.DECISION, READ, CREATE_INSTANCE);
            filters.ensureFilters();
        });
        LOG.info("{} groups and their authorizations are in place", catalog.all().size());
    }

    private void ensureGroup(GroupDefinition definition) {
        Group group = identity.createGroupQuery().groupId(definition.id()).singleResult();
        if (group == null) {
            group = identity.newGroup(definition.id());
        } else if (definition.name().equals(group.getName()) && definition.type().equals(group.getType())) {
            return;
        }
        group.setName(definition.name());
        group.setType(definition.type());
        identity.saveGroup(group);
    }

    private void grant(GroupDefinition group) {
        String id = group.id();
        if (group.kind() == GroupCatalog.Kind.ADMIN) {
            for (Resources resource : Resources.values()) {
                grants.grantGroup(id, resource, AuthorizationGrants.ANY, ALL);
            }
            return;
        }
        grants.grantGroup(id, Resources.APPLICATION, TASKLIST, ACCESS);
        grants.grantGroup(id, Resources.USER, AuthorizationGrants.ANY, READ);
        grants.grantGroup(id, Resources.GROUP, AuthorizationGrants.ANY, READ);
        switch (group.kind()) {
            case CITY_BUREAU -> {
                grantMonitoring(id);
                grantStart(id, BatchProcess.KEY);
                grantStart(id, EnterpriseProcess.KEY);
            }
            case CITY_LEADER -> grantMonitoring(id);
            case COUNTY, ENTERPRISE -> grantStart(id, EnterpriseProcess.KEY);
            default -> {
            }
        }
    }

    /** Cockpit, read-only over every process, decision and deployment. */
    private void grantMonitoring(String groupId) {
        grants.grantGroup(groupId, Resources.APPLICATION, COCKPIT, ACCESS);
        grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, AuthorizationGrants.ANY, READ, READ_INSTANCE,
                READ_HISTORY);
        grants.grantGroup(groupId, Resources.PROCESS_INSTANCE, AuthorizationGrants.ANY, READ);
        grants.grantGroup(groupId, Resources.DECISION_DEFINITION, AuthorizationGrants.ANY, READ, READ_HISTORY);
        grants.grantGroup(groupId, Resources.DEPLOYMENT, AuthorizationGrants.ANY, READ);
    }

    private void grantStart(String groupId, String processKey) {
        grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE);
        grants.grantGroup(groupId, Resources.PROCESS_INSTANCE, AuthorizationGrants.ANY, CREATE);
    }
}
