package cn.gov.binzhou.nineones.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo profile's in-process SMTP server: every outgoing mail lands here, nothing leaves the machine.
 * GreenMail is touched only by this package, and only in the demo profile: production never loads it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnClass(GreenMail.class)
class EmbeddedMailServer {

    /** GreenMail waits 2 s for its socket by default, too little on a machine busy starting the application. */
    private static final long STARTUP_TIMEOUT_MILLIS = 30_000;

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedSmtpServer(MailProperties mail) {
        ServerSetup smtp = new ServerSetup(mail.getPort(), mail.getHost(), ServerSetup.PROTOCOL_SMTP);
        smtp.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        return new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
