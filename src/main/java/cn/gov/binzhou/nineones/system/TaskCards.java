package cn.gov.binzhou.nineones.system;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card shows of a task ({@link TasklistFilters#SHOWN_VARIABLES}: enterprise, credit code,
 * agency, batch) is copied onto the task, local to it, when it is created. A card shows only variables its
 * user may read, and an agency's staff may read their tasks, not the process instances behind them. The
 * copies end with the task and stay out of the history ({@link TaskCardHistory}); everything else a
 * form shows is read when it is opened ({@link FormDisplays}).
 */
@Component
class TaskCards extends UserTaskPlugin {

    static final List<String> NAMES = TasklistFilters.SHOWN_VARIABLES.stream().map(variable -> variable.get("name")).toList();

    @Override
    protected void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity, TaskDefinition definition) {
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskCards::copy);
    }

    static void copy(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            return;
        }
        for (String name : NAMES) {
            Object value = execution.getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
