package cn.gov.binzhou.nineones.operations;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every process the engine parses the history time to live of the settings
 * ({@code nineones.history.ttl-days.<key>}) instead of its model's value, so a new version deployed at any
 * time, by start-up or through REST, carries the retention decision. Versions deployed before a setting
 * changed are brought in line by {@link HistoryRetention}.
 */
@Component
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

    private final HistoryProperties properties;

    HistoryRetentionPlugin(HistoryProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new RetentionListener(properties));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** Sets the time to live of each parsed process from the settings. */
    static final class RetentionListener extends AbstractBpmnParseListener {

        private final HistoryProperties properties;

        RetentionListener(HistoryProperties properties) {
            this.properties = properties;
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
            properties.daysFor(definition.getKey()).ifPresent(definition::setHistoryTimeToLive);
        }
    }
}
