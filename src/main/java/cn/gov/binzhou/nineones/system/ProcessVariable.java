package cn.gov.binzhou.nineones.system;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable as a contract class declares it: its name and Java type. Code reads and writes
 * variables only through these, so a name is written once and a value of the wrong type is caught where
 * it is read, not deep in a listener.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    /** The value visible in the scope, or {@code null}; a value of another type is a fault of the model. */
    public T get(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value);
    }

    private T cast(Object value) {
        if (value == null) {
            return null;
        }
        if (type == Long.class && value instanceof Number number) {
            return type.cast(number.longValue());
        }
        if (type == Integer.class && value instanceof Number number) {
            return type.cast(number.intValue());
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Process variable " + name + " holds a " + value.getClass().getName()
                    + ", expected " + type.getName());
        }
        return type.cast(value);
    }
}
