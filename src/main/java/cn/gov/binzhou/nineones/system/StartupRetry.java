package cn.gov.binzhou.nineones.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Start-up work that creates shared rows (groups, grants, filters, calendar days) on a database other
 * nodes may be starting on at the same moment: a unique-key conflict means another node did it first,
 * so the work is run again and then finds everything in place.
 */
public final class StartupRetry {

    private static final Logger LOG = LoggerFactory.getLogger(StartupRetry.class);
    private static final int ATTEMPTS = 3;

    private StartupRetry() {
    }

    public static void run(String what, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (DataIntegrityViolationException | org.camunda.bpm.engine.ProcessEngineException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                LOG.info("{}: another node was doing the same ({}); trying again", what, conflict.getMessage());
            }
        }
    }
}
