package cn.gov.binzhou.nineones.reminder;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts one digest per recipient with pending notices, including those an earlier sweep failed to send.
 * Each digest is a process instance of its own, so the sweep ends at once and no digest waits for another
 * (a multi-instance sub-process joined its thousands of sends one by one, slower with every one).
 */
@Component("startDigests")
class StartDigests implements JavaDelegate {

    private final RuntimeService runtime;
    private final NotificationLog log;

    StartDigests(RuntimeService runtime, NotificationLog log) {
        this.runtime = runtime;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (String recipient : log.recipientsWithPending()) {
            runtime.startProcessInstanceByKey(DigestProcess.KEY, recipient);
        }
    }
}
