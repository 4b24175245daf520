package cn.gov.binzhou.nineones.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.binzhou.nineones.system.Memberships;

/**
 * Registers {@link ActuatorAccessFilter} on the application's port. On a separate management port
 * ({@code management.server.port}) the endpoints are served by their own server without it: that port is
 * then to be reachable by the monitoring network only (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class ActuatorAccess {

    @Bean
    FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter(IdentityService identity, Memberships memberships) {
        FilterRegistrationBean<ActuatorAccessFilter> registration =
                new FilterRegistrationBean<>(new ActuatorAccessFilter(identity, memberships));
        registration.addUrlPatterns(ActuatorAccessFilter.BASE, ActuatorAccessFilter.BASE + "/*");
        registration.setOrder(100);
        return registration;
    }
}
