package cn.gov.binzhou.nineones.system;

import java.util.ArrayList;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Starts go through our registration: a person may start a process only at its start event, never at an
 * activity of their choosing (start instructions, restarts, instance modification), which would skip the
 * registration step that checks and records what the process then routes by. Administrators keep these
 * repair tools; our own code runs as the system and is not affected.
 */
@Component
class StartGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor(configuration));
    }

    static boolean startsElsewhere(Command<?> command) {
        return command instanceof StartProcessInstanceAtActivitiesCmd
                || command instanceof AbstractRestartProcessInstanceCmd
                || command instanceof AbstractModificationCmd
                || command instanceof AbstractProcessInstanceModificationCommand;
    }

    private static final class Interceptor extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Interceptor(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (startsElsewhere(command) && isPerson(configuration.getIdentityService())) {
                throw new RefusedException("流程只能从开始表单启动，不能从指定环节启动、重启或修改");
            }
            return next.execute(command);
        }

        private static boolean isPerson(IdentityService identity) {
            Authentication person = identity.getCurrentAuthentication();
            return person != null && person.getUserId() != null
                    && (person.getGroupIds() == null || !person.getGroupIds().contains(Groups.ADMIN));
        }
    }
}
