package cn.gov.binzhou.nineones.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Profile;

import com.icegreen.greenmail.util.GreenMail;

/**
 * GreenMail, the demo's in-process SMTP server, is a demo-only path: no main class outside the
 * {@code demo} package touches it, and every class that does is guarded by the demo profile and by
 * GreenMail being on the class path. (The production profile's context is checked in ProductionProfileTest.)
 */
class GreenMailOnlyInDemoTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path DEMO = MAIN.resolve("cn/gov/binzhou/nineones/demo");

    @Test
    void noMainClassOutsideTheDemoPackage_touchesGreenMail() throws IOException {
        List<Path> outsideDemo = touchingGreenMail().stream().filter(file -> !file.startsWith(DEMO)).toList();

        assertThat(outsideDemo).as("main classes outside the demo package that use com.icegreen").isEmpty();
    }

    @Test
    void everyClassThatTouchesGreenMail_isGuardedByTheDemoProfileAndByGreenMailOnTheClassPath() throws Exception {
        List<Path> users = touchingGreenMail();
        assertThat(users).as("the demo's mail server and mailbox use GreenMail").isNotEmpty();

        for (Path file : users) {
            Class<?> type = Class.forName(className(file));
            Profile profile = type.getAnnotation(Profile.class);
            assertThat(profile).as(type + " has @Profile").isNotNull();
            assertThat(profile.value()).as(type + " profile").containsExactly("demo");
            ConditionalOnClass condition = type.getAnnotation(ConditionalOnClass.class);
            assertThat(condition).as(type + " has @ConditionalOnClass").isNotNull();
            assertThat(Stream.concat(Arrays.stream(condition.value()).map(Class::getName), Arrays.stream(condition.name())))
                    .as(type + " is conditional on GreenMail").contains(GreenMail.class.getName());
        }
    }

    private static List<Path> touchingGreenMail() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).filter(GreenMailOnlyInDemoTest::mentionsGreenMail)
                    .sorted().toList();
        }
    }

    private static boolean mentionsGreenMail(Path file) {
        try {
            return Files.readString(file).contains("com.icegreen");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String className(Path file) {
        String relative = MAIN.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length()).replace(java.io.File.separatorChar, '.');
    }
}
