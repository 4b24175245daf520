package cn.gov.binzhou.nineones.system;

import java.util.Arrays;
import java.util.function.Consumer;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants permissions idempotently: an existing grant is extended, never duplicated; a revoked grant is removed. */
public class AuthorizationGrants {

    public static final String ANY = Authorization.ANY;

    private final AuthorizationService authorizations;

    AuthorizationGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        save(groupGrant(groupId, resource, resourceId), Authorization.AUTH_TYPE_GRANT, grant -> grant.setGroupId(groupId),
                resource, resourceId, permissions);
    }

    /** Removes a group's grant on a resource altogether, where an earlier release gave it. */
    public void revokeGroup(String groupId, Resource resource, String resourceId) {
        Authorization existing = groupGrant(groupId, resource, resourceId);
        if (existing != null) {
            authorizations.deleteAuthorization(existing.getId());
        }
    }

    void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).singleResult();
        save(existing, Authorization.AUTH_TYPE_GLOBAL, grant -> grant.setUserId(ANY), resource, resourceId, permissions);
    }

    private Authorization groupGrant(String groupId, Resource resource, String resourceId) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    }

    /** Extends an existing grant with missing permissions, or creates it; saves only when something changes. */
    private void save(Authorization existing, int type, Consumer<Authorization> owner, Resource resource,
            String resourceId, Permission... permissions) {
        Authorization grant = existing;
        if (grant == null) {
            grant = authorizations.createNewAuthorization(type);
            owner.accept(grant);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(grant::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
