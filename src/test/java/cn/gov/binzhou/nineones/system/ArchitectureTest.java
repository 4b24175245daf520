package cn.gov.binzhou.nineones.system;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * Packages by business capability, in layers: no package imports a package above it, and none imports a
 * package of its own layer. From the bottom: agency, system, batch, enrollment, campaign, then reminder,
 * accounts and evidence, then deduction, report, demo, and operations on top.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.gov.binzhou.nineones";
    private static final List<List<String>> LAYERS = List.of(
            List.of("agency"), List.of("system"), List.of("batch"), List.of("enrollment"), List.of("campaign"),
            List.of("reminder", "accounts", "evidence"), List.of("deduction"), List.of("report"), List.of("demo"),
            List.of("operations"));

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void noPackageImportsAPackageAboveIt_orBesideIt() {
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            for (String capability : LAYERS.get(layer)) {
                String[] forbidden = forbiddenFor(layer, capability);
                if (forbidden.length == 0) {
                    continue;
                }
                ArchRuleDefinition.noClasses().that().resideInAPackage(ROOT + "." + capability + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(capability + " lies below " + String.join(", ", forbidden))
                        .check(classes);
            }
        }
    }

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    private static String[] forbiddenFor(int layer, String capability) {
        java.util.List<String> forbidden = new java.util.ArrayList<>();
        for (int other = layer; other < LAYERS.size(); other++) {
            for (String above : LAYERS.get(other)) {
                if (!above.equals(capability)) {
                    forbidden.add(ROOT + "." + above + "..");
                }
            }
        }
        return forbidden.toArray(String[]::new);
    }
}
