package cn.gov.binzhou.nineones.system;

import java.util.Map;
import java.util.Set;

/**
 * What a person completing each user task of one process may set: the task's decision, comment and
 * form fields, as its contract class declares them. Each capability contributes one bean per process;
 * {@link CompletionGuard} refuses a completion that sets anything else.
 */
public record TaskFields(String processKey, Map<String, Set<String>> byTask) {

    public TaskFields {
        byTask = Map.copyOf(byTask);
    }

    public Set<String> of(String taskKey) {
        return byTask.getOrDefault(taskKey, Set.of());
    }
}
