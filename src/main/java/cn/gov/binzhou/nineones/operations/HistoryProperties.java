package cn.gov.binzhou.nineones.operations;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retention decisions ({@code nineones.history}): how many days Camunda keeps the history of each process
 * and decision, by key. A key not listed keeps the value written in its model.
 *
 * @param ttlDays days per process or decision key
 */
@ConfigurationProperties(prefix = "nineones.history")
record HistoryProperties(Map<String, Integer> ttlDays) {

    HistoryProperties {
        ttlDays = ttlDays == null ? Map.of() : Map.copyOf(ttlDays);
        ttlDays.forEach((key, days) -> {
            if (days == null || days < 0) {
                throw new IllegalArgumentException("nineones.history.ttl-days." + key + " must be 0 or more days");
            }
        });
    }

    Optional<Integer> daysFor(String key) {
        return Optional.ofNullable(ttlDays.get(key));
    }
}
