package cn.gov.binzhou.nineones.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies a Tasklist card shows ({@link TaskCards}: task-local variables) out of the history,
 * through Camunda's history event handler. They copy the process's own variables, which are in the
 * history. Writing each copy's creation and removal to the history cost the benchmark's task completions
 * a fifth to a third of their time when the forms' read-only values were copied the same way
 * (docs/performance.md). Everything else is written as the history level ({@code full}) says.
 */
@Component
class TaskCardHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new WithoutCardCopies(new DbHistoryEventHandler()));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    /** Camunda's own database handler, for every event but those of task-local variables. */
    static final class WithoutCardCopies implements HistoryEventHandler {

        private final HistoryEventHandler database;

        WithoutCardCopies(HistoryEventHandler database) {
            this.database = database;
        }

        static boolean isCardCopy(HistoryEvent event) {
            return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isCardCopy(event)) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
