package cn.gov.binzhou.nineones.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the sample campaign is built on the first start, the engine clock stands in the past: every
 * request meanwhile is answered 503 with a Chinese note to try again shortly, so nobody acts at a moved clock.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoBuildGate extends OncePerRequestFilter {

    private final DemoCampaign campaign;

    DemoBuildGate(DemoCampaign campaign) {
        this.campaign = campaign;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!campaign.isBuilding()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("演示数据正在生成，请稍后刷新。/ The demo's sample campaign is being built; try again shortly."
                .getBytes(StandardCharsets.UTF_8));
    }
}
