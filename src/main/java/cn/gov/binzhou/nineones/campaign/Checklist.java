package cn.gov.binzhou.nineones.campaign;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * The 九个一 checklist: data the bureau edits without code (table {@code nine_checklist_item}; the nine
 * default items of DESIGN §3 ship with the first release).
 */
@Repository
public class Checklist {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    Checklist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active items' titles, in order. */
    public List<String> items() {
        return jdbc.sql("select title from nine_checklist_item where active = true order by position, id")
                .query(String.class).list();
    }

    /** The items as a form's checklist options ({@code [{label, value}]}), a Spin JSON value. */
    TypedValue options() {
        List<Map<String, String>> options = items().stream().map(title -> Map.of("label", title, "value", title)).toList();
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Refuses values that are not items of the checklist; answers them joined for storage. */
    String known(List<String> values, String label) {
        List<String> items = items();
        List<String> unknown = values.stream().filter(value -> !items.contains(value)).toList();
        if (!unknown.isEmpty()) {
            throw new RefusedException(label + "中的“" + String.join("、", unknown) + "”不是“九个一”条目");
        }
        return String.join("、", values);
    }
}
