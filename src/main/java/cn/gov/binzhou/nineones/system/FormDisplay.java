package cn.gov.binzhou.nineones.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read-only values a task's form shows beside its inputs, read from our tables each time the form
 * is opened (see {@link FormDisplays}). Nothing of it is stored with the task or the process: the process
 * carries ids and routing facts only.
 */
public final class FormDisplay {

    private final Map<String, Object> values = new LinkedHashMap<>();

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

    /** The shown values by form field key. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
