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
    static final int MAX_ITEMS = 30;
    static final int MAX_TITLE = 100;

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

    /**
     * Replaces the active items with these, in this order. Earlier items stay in the table, inactive:
     * what was recorded against them keeps its text.
     */
    @org.springframework.transaction.annotation.Transactional
    public List<String> replace(List<String> titles) {
        List<String> cleaned = titles == null ? List.of() : titles.stream().map(t -> t == null ? "" : t.strip()).toList();
        if (cleaned.isEmpty() || cleaned.size() > MAX_ITEMS) {
            throw new RefusedException("条目应有1到" + MAX_ITEMS + "项");
        }
        for (String title : cleaned) {
            if (title.isEmpty() || title.length() > MAX_TITLE) {
                throw new RefusedException("条目名称不能为空，且不超过" + MAX_TITLE + "字：“" + title + "”");
            }
            if (title.contains("、")) {
                throw new RefusedException("条目名称不能含有“、”：“" + title + "”");
            }
        }
        if (cleaned.stream().distinct().count() != cleaned.size()) {
            throw new RefusedException("条目名称不能重复");
        }
        jdbc.sql("update nine_checklist_item set active = false where active = true").update();
        for (int i = 0; i < cleaned.size(); i++) {
            jdbc.sql("insert into nine_checklist_item (position, title) values (?, ?)").params(i + 1, cleaned.get(i)).update();
        }
        return items();
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
