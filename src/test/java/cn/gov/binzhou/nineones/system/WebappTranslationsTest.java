package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Chinese translation of each Camunda webapp ({@code app/<app>/locales/zh.json}, ours) against the
 * webapp's English file in the Camunda webjar on the classpath: every English key has a Chinese entry,
 * with the same placeholders and links; and the app offers Chinese to a browser that asks for it.
 * A Camunda upgrade that adds keys fails this test until they are translated.
 */
class WebappTranslationsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}|%[sd]");
    private static final Pattern MARKUP = Pattern.compile("</?(a|b|strong|em|br|code|span|p)\\b[^>]*>");
    /** English texts we show empty on purpose: the CE end-of-life banner is hidden; plural "s" suffixes. */
    private static final List<String> EMPTY_ON_PURPOSE = List.of("labels.BANNER_CE_EOL_TEXT", "labels.PLGN_BATCH_S",
            "labels.PLGN_MIG_S", "labels.PLGN_MOD_DIALOG_S", "labels.PLGN_MOD_RESTART_DIALOG_S");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKey_hasAChineseEntry(String app) throws IOException {
        Map<String, String> english = flatten(read(APP + app + "/locales/en.json"));
        Map<String, String> chinese = flatten(read(APP + app + "/locales/zh.json"));
        assertThat(english).as("the webjar's English file of " + app).hasSizeGreaterThan(100);

        List<String> missing = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String zh = chinese.get(entry.getKey());
            if (zh == null) {
                missing.add(entry.getKey());
            } else if (zh.isBlank() && !entry.getValue().isBlank() && !EMPTY_ON_PURPOSE.contains(entry.getKey())) {
                blank.add(entry.getKey());
            }
        }
        assertThat(missing).as(app + ": English keys without a Chinese entry in app/" + app + "/locales/zh.json").isEmpty();
        assertThat(blank).as(app + ": empty Chinese entries").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseEntries_keepThePlaceholdersAndLinksOfTheEnglish(String app) throws IOException {
        Map<String, String> english = flatten(read(APP + app + "/locales/en.json"));
        Map<String, String> chinese = flatten(read(APP + app + "/locales/zh.json"));
        List<String> broken = new ArrayList<>();
        english.forEach((key, en) -> {
            String zh = chinese.get(key);
            if (zh == null || EMPTY_ON_PURPOSE.contains(key)) {
                return;
            }
            if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, zh))) {
                broken.add(key + ": placeholders " + all(PLACEHOLDER, en) + " became " + all(PLACEHOLDER, zh));
            }
            if (count(MARKUP, en) != count(MARKUP, zh)) {
                broken.add(key + ": markup of \"" + en + "\" became \"" + zh + "\"");
            }
        });
        assertThat(broken).as(app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin", "welcome"})
    void chineseIsOffered_toABrowserAskingForIt_withEnglishAsFallback(String app) throws IOException {
        String config = text(APP + app + "/scripts/config.js");
        assertThat(config.replaceAll("\\s", "")).contains("availableLocales:['zh','en']").contains("fallbackLocale:'en'");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) == null ? matcher.group() : matcher.group(1));
        }
        found.sort(null);
        return found;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    /** Leaves of the file by path ("labels.KEY", "dateLocales.months[0]"). */
    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> leaves = new TreeMap<>();
        flatten("", node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                    field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    private JsonNode read(String resource) throws IOException {
        String content = text(resource);
        return json.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content);
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
