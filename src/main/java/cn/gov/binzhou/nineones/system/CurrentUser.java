package cn.gov.binzhou.nineones.system;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the current engine command: the authenticated user, or {@code null} for the system. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String id() {
        if (Context.getCommandContext() == null) {
            return null;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

}
