package cn.gov.binzhou.nineones.campaign;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Sends a message to many instances at once the way Camunda scales it: as a batch of asynchronous jobs
 * (one correlation per instance, spread over the job executor and the cluster's nodes), never thousands
 * of correlations in the sender's transaction. Sent as the system.
 */
@Component
class Messages {

    private final RuntimeService runtime;
    private final IdentityService identity;

    Messages(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    void sendAsync(String message, List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return;
        }
        SystemAccess.call(identity, () -> runtime.createMessageCorrelationAsync(message)
                .processInstanceIds(processInstanceIds).correlateAllAsync());
    }
}
