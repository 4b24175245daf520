package cn.gov.binzhou.nineones.accounts;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Lets {@link AccountMailer} retry pending mails on its fixed delay. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccountScheduling {
}
