package cn.gov.binzhou.nineones.system;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.GroupCatalog.GroupDefinition;
import cn.gov.binzhou.nineones.system.GroupCatalog.Kind;

/**
 * Makes the campaign's groups and their authorizations exist, in every profile, idempotently.
 * Agencies see only what is routed to them: task visibility comes from the engine's candidate-group
 * authorizations ({@code TASK_WORK}, never a global task grant); people and groups are visible as far as
 * each one's work needs (city: all; an agency: its own staff and groups; an enterprise: nobody). What a
 * group may start comes from the capabilities' {@link AccessPolicy} beans.
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
    private final List<AccessPolicy> policies;
    private final AgencyStaffVisibility staff;

    IdentitySetup(IdentityService identity, AuthorizationService authorizations, GroupCatalog catalog,
            TasklistFilters filters, List<AccessPolicy> policies, AgencyStaffVisibility staff) {
        this.identity = identity;
        this.catalog = catalog;
        this.grants = new AuthorizationGrants(authorizations);
        this.filters = filters;
        this.policies = List.copyOf(policies);
        this.staff = staff;
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
        if (identity.isReadOnly()) {
            return; // groups come from the bureau's directory (profile ldap); grants still go to our database
        }
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
        if (group.kind() == Kind.ADMIN) {
            for (Resources resource : Resources.values()) {
                grants.grantGroup(id, resource, AuthorizationGrants.ANY, ALL);
            }
            return;
        }
        grants.grantGroup(id, Resources.APPLICATION, TASKLIST, ACCESS);
        grantDirectory(group);
        if (group.kind() == Kind.CITY_BUREAU || group.kind() == Kind.CITY_LEADER) {
            grantMonitoring(id);
        }
        policies.forEach(policy -> policy.apply(group, grants));
    }

    /** Users and groups: the city reads all, an agency its own, an enterprise none. */
    private void grantDirectory(GroupDefinition group) {
        String id = group.id();
        if (group.kind() == Kind.CITY_BUREAU || group.kind() == Kind.CITY_LEADER || group.kind() == Kind.CITY_GROUP) {
            grants.grantGroup(id, Resources.USER, AuthorizationGrants.ANY, READ);
            grants.grantGroup(id, Resources.GROUP, AuthorizationGrants.ANY, READ);
            return;
        }
        // earlier releases let every group read every user and group
        grants.revokeGroup(id, Resources.USER, AuthorizationGrants.ANY);
        grants.revokeGroup(id, Resources.GROUP, AuthorizationGrants.ANY);
        staff.seenBy(id).ifPresent(agencyGroup -> {
            grants.grantGroup(agencyGroup, Resources.GROUP, id, READ);
            for (User member : identity.createUserQuery().memberOfGroup(id).list()) {
                grants.grantGroup(agencyGroup, Resources.USER, member.getId(), READ);
            }
        });
    }

    /**
     * Cockpit, read-only over every process, decision and deployment, and every open task (Cockpit's
     * "Open Human Tasks" and task views): READ only, never TASK_WORK or UPDATE, so managers watch tasks
     * but do not work them.
     */
    private void grantMonitoring(String groupId) {
        grants.grantGroup(groupId, Resources.APPLICATION, COCKPIT, ACCESS);
        grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, AuthorizationGrants.ANY, READ, READ_INSTANCE,
                READ_HISTORY, READ_TASK);
        grants.grantGroup(groupId, Resources.TASK, AuthorizationGrants.ANY, READ);
        grants.grantGroup(groupId, Resources.PROCESS_INSTANCE, AuthorizationGrants.ANY, READ);
        grants.grantGroup(groupId, Resources.DECISION_DEFINITION, AuthorizationGrants.ANY, READ, READ_HISTORY);
        grants.grantGroup(groupId, Resources.DEPLOYMENT, AuthorizationGrants.ANY, READ);
    }
}
