package cn.gov.binzhou.nineones.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine work that our code does on a person's behalf as the system, without that person's
 * authorizations: starting the enterprise process after a registration the person was allowed to make,
 * for example. The person's own rights never reach that far; our code has already checked what they may do.
 */
public final class SystemAccess {

    private SystemAccess() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        Authentication person = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            CommandContext running = Context.getCommandContext();
            return running == null ? work.get() : running.runWithoutAuthorization(work::get);
        } finally {
            if (person != null) {
                identity.setAuthentication(person);
            }
        }
    }
}
