package cn.gov.binzhou.nineones.operations;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gov.binzhou.nineones.system.BasicCredentials;
import cn.gov.binzhou.nineones.system.Groups;
import cn.gov.binzhou.nineones.system.Memberships;

/**
 * Guards {@code /actuator} on the application's port. The health summary and the liveness and readiness
 * probes are open; everything else (metrics, Prometheus, health details) is for administrators
 * ({@code camunda-admin}), authenticated with HTTP Basic against Camunda's identity service. An
 * authenticated caller's groups become the request's roles, which is how the health endpoint decides
 * whether to show details ({@code show-details: when-authorized}).
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

    static final String BASE = "/actuator";
    private static final Set<String> OPEN = Set.of(BASE + "/health", BASE + "/health/liveness", BASE + "/health/readiness");

    private final IdentityService identity;
    private final Memberships memberships;

    ActuatorAccessFilter(IdentityService identity, Memberships memberships) {
        this.identity = identity;
        this.memberships = memberships;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = basicUser(request);
        if (user == null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "wrong user or password / 用户名或密码错误");
            return;
        }
        Set<String> groups = user.map(memberships::groupsOf).orElse(Set.of());
        if (!OPEN.contains(path(request)) && !groups.contains(Groups.ADMIN)) {
            if (user.isEmpty()) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "administrators only, HTTP Basic / 仅限系统管理员");
            } else {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "administrators only / 仅限系统管理员");
            }
            return;
        }
        chain.doFilter(user.isEmpty() ? request : new Authenticated(request, user.get(), groups), response);
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Empty without Basic credentials, {@code null} for wrong ones, else the user id. */
    private Optional<String> basicUser(HttpServletRequest request) {
        return BasicCredentials.userOf(request, identity);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"" + message + "\"}");
    }

    /** The request as seen by the endpoints: the caller as principal, their groups as roles. */
    private static final class Authenticated extends HttpServletRequestWrapper {

        private final String user;
        private final Set<String> groups;

        Authenticated(HttpServletRequest request, String user, Set<String> groups) {
            super(request);
            this.user = user;
            this.groups = groups;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }
    }
}
