package cn.gov.binzhou.nineones.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
        try {
            Set<String> keys = new TreeSet<>();
            collect(new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile()), keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }
}
