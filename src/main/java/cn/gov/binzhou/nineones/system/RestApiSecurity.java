package cn.gov.binzhou.nineones.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API answers only authenticated callers: HTTP Basic checked against Camunda's
 * identity service, then every call runs with that user's authorizations.
 */
@Configuration(proxyBeanMethods = false)
class RestApiSecurity {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(
            @Value("${camunda.bpm.jersey.application-path:engine-rest}") String restPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("nine-ones-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/" + restPath + "/*");
        registration.setOrder(101);
        return registration;
    }
}
