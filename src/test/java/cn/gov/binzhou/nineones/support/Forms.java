package cn.gov.binzhou.nineones.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the Camunda Forms in forms/ as Tasklist uses them. */
public final class Forms {

    private Forms() {
    }

    /** The keys of the form's fields: what Tasklist submits, inputs and read-only alike. */
    public static Set<String> keys(String formId) {
        Set<String> keys = new TreeSet<>();
        fields(formId).forEach(field -> keys.add(field.get("key").asText()));
        return keys;
    }

    /** The form's components that have a key, nested ones included, in the form's order. */
    public static List<JsonNode> fields(String formId) {
        try {
            List<JsonNode> fields = new ArrayList<>();
            collect(new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile()), fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> fields) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                fields.add(component);
            }
            collect(component, fields);
        }
    }
}
