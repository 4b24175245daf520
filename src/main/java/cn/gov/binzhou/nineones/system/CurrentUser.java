package cn.gov.binzhou.nineones.system;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the current engine command: the authenticated user, or nobody ({@code null}) for the system. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String id() {
        Authentication authentication = authentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The acting user, else the fallback (a task's assignee when the system completes it). */
    public static String idOr(String fallback) {
        String id = id();
        return id != null ? id : fallback;
    }

    /** The acting user's groups as the engine authenticated them; empty for the system. */
    public static Set<String> groups() {
        Authentication authentication = authentication();
        List<String> groups = authentication == null ? null : authentication.getGroupIds();
        return groups == null ? Set.of() : Set.copyOf(groups);
    }

    private static Authentication authentication() {
        return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    }
}
