package cn.gov.binzhou.nineones.system;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;

/**
 * An agency sees its own staff and nobody else: whenever someone joins an agency's group or its
 * leaders' group, the engine's authorization provider lets the agency's group read that user. City
 * groups read all users by a global grant (see {@link IdentitySetup}); enterprises read nobody but
 * themselves (Camunda's own default).
 */
@Component
class AgencyStaffVisibility extends AbstractProcessEnginePlugin {

    private final Map<String, String> agencyGroupByMemberGroup = new HashMap<>();

    AgencyStaffVisibility(Agencies agencies) {
        for (Agency agency : agencies.all()) {
            agencyGroupByMemberGroup.put(agency.groupId(), agency.groupId());
            agencyGroupByMemberGroup.put(agency.leaderGroupId(), agency.groupId());
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    /** The agency group that may see members of this group, if it is an agency's staff or leaders' group. */
    Optional<String> seenBy(String memberGroupId) {
        return Optional.ofNullable(agencyGroupByMemberGroup.get(memberGroupId));
    }

    private class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] groupMembershipCreated(String groupId, String userId) {
            return seenBy(groupId).map(agencyGroup -> new AuthorizationEntity[] {readGrant(agencyGroup, userId)})
                    .orElse(null);
        }

        private AuthorizationEntity readGrant(String agencyGroup, String userId) {
            AuthorizationEntity existing = Context.getCommandContext().getAuthorizationManager()
                    .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, agencyGroup, Resources.USER, userId);
            if (existing == null) {
                return createGrantAuthorization(null, agencyGroup, Resources.USER, userId, READ);
            }
            existing.addPermission(READ);
            return existing;
        }
    }
}
