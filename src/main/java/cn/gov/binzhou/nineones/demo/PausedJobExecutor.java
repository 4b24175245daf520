package cn.gov.binzhou.nineones.demo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * While the sample campaign's history is built with the engine clock moved into the past, no job may run
 * but those the builder runs itself: the job executor is stopped (waiting for the jobs it holds to finish)
 * and started again afterwards, and the clock is reset whatever happens.
 */
final class PausedJobExecutor implements AutoCloseable {

    private static final long WAIT_MILLIS = 30_000;

    private final JobExecutor executor;
    private final boolean wasActive;

    private PausedJobExecutor(JobExecutor executor, boolean wasActive) {
        this.executor = executor;
        this.wasActive = wasActive;
    }

    static PausedJobExecutor pause(ProcessEngineConfigurationImpl configuration, ManagementService management) {
        JobExecutor executor = configuration.getJobExecutor();
        boolean active = executor != null && executor.isActive();
        if (active) {
            executor.shutdown();
        }
        waitForLockedJobs(management);
        return new PausedJobExecutor(executor, active);
    }

    /** Jobs the executor acquired before it stopped may still run on its threads: let them finish. */
    private static void waitForLockedJobs(ManagementService management) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (management.createJobQuery().acquired().count() > 0 && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean wasActive() {
        return wasActive;
    }

    @Override
    public void close() {
        ClockUtil.reset();
        if (wasActive) {
            executor.start();
        }
    }
}
