package cn.gov.binzhou.nineones.operations;

import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.StartupRetry;

/**
 * At start-up, applies the retention settings to every deployed version of the processes and decisions
 * they name, where it differs: a changed setting thus reaches the versions deployed before it, and the
 * instances that ended before it. Camunda's history cleanup (end-time based) removes a finished instance's
 * history in its nightly window once its definition's time to live has passed since it ended.
 */
@Component
class HistoryRetention {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

    private final RepositoryService repository;
    private final HistoryProperties properties;

    HistoryRetention(RepositoryService repository, HistoryProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void apply() {
        StartupRetry.run("history time to live", this::applySettings);
    }

    private void applySettings() {
        properties.ttlDays().forEach((key, days) -> {
            for (ProcessDefinition process : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
                if (!Objects.equals(process.getHistoryTimeToLive(), days)) {
                    repository.updateProcessDefinitionHistoryTimeToLive(process.getId(), days);
                    LOG.info("History of {} v{} now kept {} days", key, process.getVersion(), days);
                }
            }
            for (DecisionDefinition decision : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).list()) {
                if (!Objects.equals(decision.getHistoryTimeToLive(), days)) {
                    repository.updateDecisionDefinitionHistoryTimeToLive(decision.getId(), days);
                    LOG.info("History of decision {} v{} now kept {} days", key, decision.getVersion(), days);
                }
            }
        });
    }
}
