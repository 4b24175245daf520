package cn.gov.binzhou.nineones.system;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to {@code /api/*}: HTTP Basic against Camunda's identity service (scripts), or
 * the user's Camunda webapp session (our pages, opened from Tasklist). It never sends a Basic
 * challenge ({@code WWW-Authenticate}), so browsers do not learn and replay Basic credentials. Every
 * call that changes something must carry the {@code X-Requested-With} header, however it is
 * authenticated: a cross-site form cannot set a header, so it cannot change anything.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String CSRF_HEADER = "X-Requested-With";

    private final ProcessEngine engine;
    private final Memberships memberships;

    ApiAuthenticationFilter(ProcessEngine engine, Memberships memberships) {
        this.engine = engine;
        this.memberships = memberships;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> basicUser = basicUser(request);
        if (basicUser == null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "用户名或密码错误");
            return;
        }
        Optional<String> user = basicUser.or(() -> sessionUser(request));
        if (user.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录（Tasklist 登录或 HTTP Basic 认证）");
            return;
        }
        if (changesState(request) && request.getHeader(CSRF_HEADER) == null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "请求缺少 " + CSRF_HEADER + " 头，已拒绝，未做任何更改（脚本调用请加上该请求头，例如 curl -H '" + CSRF_HEADER + ": curl'）");
            return;
        }
        request.setAttribute(ApiUser.ATTRIBUTE, new ApiUser(user.get(), memberships.groupsOf(user.get())));
        chain.doFilter(request, response);
    }

    /** Empty without Basic credentials, {@code null} for wrong ones, else the user id. */
    private Optional<String> basicUser(HttpServletRequest request) {
        return BasicCredentials.userOf(request, engine.getIdentityService());
    }

    private Optional<String> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return Optional.empty();
        }
        Authentication authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
        return Optional.ofNullable(authentication).map(Authentication::getName);
    }

    /** Everything but GET, HEAD and OPTIONS may change something. */
    private static boolean changesState(HttpServletRequest request) {
        String method = request.getMethod();
        return !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method) && !HttpMethod.OPTIONS.matches(method);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"" + message.replace("\"", "'") + "\"}");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine, Memberships memberships) {
            FilterRegistrationBean<ApiAuthenticationFilter> registration =
                    new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine, memberships));
            registration.addUrlPatterns("/api/*");
            registration.setOrder(102);
            return registration;
        }
    }
}
