package cn.gov.binzhou.nineones.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our pages ({@code /nine-ones/*}) and API ({@code /api/*}) carry the framing and content-security
 * headers that Camunda's webapps send: no framing by any site, scripts only from our own files (no
 * inline scripts), no MIME sniffing, no referrer to other sites. The headers are set before anything
 * else runs, so refusals (401, 403) carry them too.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
            FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
            registration.setName("nine-ones-security-headers");
            registration.addUrlPatterns("/nine-ones/*", "/api/*");
            // before the REST (101) and /api (102) authentication filters, so their refusals carry the headers too
            registration.setOrder(100);
            return registration;
        }
    }
}
