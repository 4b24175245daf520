package cn.gov.binzhou.nineones.campaign;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.binzhou.nineones.system.TaskFields;

/** The spot-check task's contract; nobody may start the spot-check process, our code does. */
@Configuration(proxyBeanMethods = false)
class CampaignAccess {

    @Bean
    TaskFields spotCheckTaskFields() {
        return SpotCheckProcess.TASK_FIELDS;
    }
}
