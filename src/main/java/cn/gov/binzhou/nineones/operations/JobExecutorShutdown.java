package cn.gov.binzhou.nineones.operations;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor's running jobs finish when the application stops, up to a bound below
 * {@code spring.lifecycle.timeout-per-shutdown-phase}; a job still running then is interrupted, its
 * transaction rolls back and the job, still locked, is taken up again once its lock expires (by another
 * node, or by this one after a restart).
 */
@Component
class JobExecutorShutdown implements BeanPostProcessor {

    static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";
    static final int AWAIT_SECONDS = 25;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ThreadPoolTaskExecutor executor && CAMUNDA_TASK_EXECUTOR.equals(beanName)) {
            executor.setWaitForTasksToCompleteOnShutdown(true);
            executor.setAwaitTerminationSeconds(AWAIT_SECONDS);
        }
        return bean;
    }
}
