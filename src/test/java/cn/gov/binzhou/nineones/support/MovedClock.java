package cn.gov.binzhou.nineones.support;

import java.time.Instant;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For an application started as a separate process by a test: moves the engine clock to
 * {@code nineones.test.clock} (an ISO instant) before the engine starts, and lets it run on from there.
 * A restart with a later instant is how such a test moves time forward.
 */
@Component
@ConditionalOnProperty("nineones.test.clock")
class MovedClock extends AbstractProcessEnginePlugin {

    private final Instant start;

    MovedClock(@Value("${nineones.test.clock}") String start) {
        this.start = Instant.parse(start);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ClockUtil.offset(start.toEpochMilli() - System.currentTimeMillis());
    }
}
