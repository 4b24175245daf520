package cn.gov.binzhou.nineones.system;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** An engine plugin that adds to every user task of every process version as the engine parses it. */
abstract class UserTaskPlugin extends AbstractProcessEnginePlugin {

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                UserTaskPlugin.this.parseUserTask(element, scope, activity,
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
            }
        });
    }

    protected ProcessEngineConfigurationImpl configuration() {
        return configuration;
    }

    /** Called for each user task, with its model element and its task definition. */
    protected abstract void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity, TaskDefinition definition);
}
