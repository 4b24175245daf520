package cn.gov.binzhou.nineones.system;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Read-only copies of domain data for a task's form. They are local variables of the task: the form
 * shows them, a submitted form may echo them back (they change nothing, {@link CompletionGuard} lets them
 * be), and they end with the task, so the process itself carries no business data.
 */
public final class FormDisplay {

    private final Map<String, Object> values = new HashMap<>();

    private FormDisplay() {
    }

    public static FormDisplay create() {
        return new FormDisplay();
    }

    /** Adds a value (null shows an empty field). */
    public FormDisplay show(String field, Object value) {
        values.put(field, value);
        return this;
    }

    public <T> FormDisplay show(ProcessVariable<T> field, T value) {
        return show(field.name(), value);
    }

    public void on(DelegateTask task) {
        task.setVariablesLocal(values);
    }

    /** The value the form submitted for a shown field: the task's own copy, which the form may have edited. */
    public static Object submitted(DelegateTask task, String field) {
        return task.getVariableLocal(field);
    }
}
