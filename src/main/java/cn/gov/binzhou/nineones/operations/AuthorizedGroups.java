package cn.gov.binzhou.nineones.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every authenticated engine command Camunda's {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}.
 * <p>
 * Before checking a person's rights, Camunda's authorization manager narrows their groups to those that hold
 * any authorization, reading every group id of the authorization table once per command. With authorization
 * on, each open task carries its candidate groups' task authorizations, so that read grows with the open
 * tasks: 5 ms per command at 20,000 open tasks on PostgreSQL, paid by every Tasklist call and completion.
 * The narrowing only shortens the group list of the checks that follow; a group without authorizations
 * matches none of them. Our users belong to one to three groups, so their groups are checked as they are,
 * and the rights stay exactly Camunda's. Installed through Camunda's own session factories. Public so that
 * the campaign benchmark's reference engine can run the same authorization as the application.
 */
@Component
public class AuthorizedGroups extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        factories.add(new Factory());
        configuration.setCustomSessionFactories(factories);
    }

    /** Replaces the engine's factory of authorization managers (one manager per command). */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new UnfilteredGroups();
        }
    }

    /** Camunda's authorization manager, checking a person's groups without first reading all authorized groups. */
    static final class UnfilteredGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return new ArrayList<>();
            }
            return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
