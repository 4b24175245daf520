package cn.gov.binzhou.nineones.deduction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.binzhou.nineones.system.TaskFields;

/** The deduction tasks' contract; nobody may start the deduction process, a recorded finding does. */
@Configuration(proxyBeanMethods = false)
class DeductionAccess {

    @Bean
    TaskFields deductionTaskFields() {
        return DeductionProcess.TASK_FIELDS;
    }
}
