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
 * Keeps the read-only copies a task shows on its form ({@link FormDisplay}: task-local variables) out of
 * the history, through Camunda's history event handler. They copy our tables, which keep the business
 * data and every decision with who and when. Writing each copy's creation, change and removal to the
 * history (about a dozen copies per task, three history rows each) cost the benchmark's task completions
 * 20 to 30 % of their time (docs/performance.md). Everything else is written as the history level
 * ({@code full}) says.
 */
@Component
class FormDisplayHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new WithoutDisplayCopies(new DbHistoryEventHandler()));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    /** Camunda's own database handler, for every event but those of task-local variables. */
    static final class WithoutDisplayCopies implements HistoryEventHandler {

        private final HistoryEventHandler database;

        WithoutDisplayCopies(HistoryEventHandler database) {
            this.database = database;
        }

        static boolean isDisplayCopy(HistoryEvent event) {
            return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isDisplayCopy(event)) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
