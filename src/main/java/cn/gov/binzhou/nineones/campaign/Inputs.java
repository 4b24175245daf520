package cn.gov.binzhou.nineones.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Reads what a completion submitted, as Tasklist's forms and REST clients send it: text, whole numbers,
 * dates as {@code YYYY-MM-DD} text or Date, and lists as Spin JSON arrays, JSON text or Java lists.
 * A wrong shape is refused naming the field.
 */
final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {
    }

    static String text(VariableScope scope, String name, int max, String label) {
        Object value = scope.getVariable(name);
        String text = value == null || value.toString().isBlank() ? null : value.toString().strip();
        if (text != null && text.length() > max) {
            throw new RefusedException(label + "不能超过" + max + "字（实际" + text.length() + "字）");
        }
        return text;
    }

    static String requiredText(VariableScope scope, String name, int max, String label) {
        String text = text(scope, name, max, label);
        if (text == null) {
            throw new RefusedException("请填写" + label);
        }
        return text;
    }

    static Integer number(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            throw new RefusedException(label + "应为整数");
        }
    }

    static LocalDate date(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return cn.gov.binzhou.nineones.system.CampaignTime.dateOf(date);
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException wrong) {
            throw new RefusedException(label + "“" + shorten(text) + "”格式不正确，应为 YYYY-MM-DD");
        }
    }

    /** The values of a checklist field, in the order given; empty when nothing was ticked. */
    static List<String> list(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        List<String> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        if (value instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                throw new RefusedException(label + "应为列表");
            }
            node.elements().forEach(element -> values.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> values.add(String.valueOf(element)));
        } else {
            String text = value.toString().strip();
            if (text.isEmpty()) {
                return values;
            }
            try {
                for (Object element : JSON.readValue(text, List.class)) {
                    values.add(String.valueOf(element));
                }
            } catch (JsonProcessingException notJson) {
                throw new RefusedException(label + "应为列表，例如 [\"责任体系\"]");
            }
        }
        return values;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
