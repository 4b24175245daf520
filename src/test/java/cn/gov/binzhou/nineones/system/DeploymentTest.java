package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;

/** Every model and form in processes/ and forms/ reaches the engine; a missed file fails the build. */
@ApplicationTest
class DeploymentTest {

    @Autowired RepositoryService repository;

    @Test
    void everyBpmnDmnAndFormFile_isDeployed() throws IOException {
        List<String> files = modelFiles();
        List<String> deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repository.getDeploymentResources(deployment.getId()).stream())
                .map(Resource::getName)
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .toList();

        assertThat(files).as("model files in processes/ and forms/").isNotEmpty()
                .anyMatch(name -> name.endsWith(".bpmn")).anyMatch(name -> name.endsWith(".form"));
        assertThat(deployed).containsAll(files);
    }

    @Test
    void everyProcess_isDeployedUnderItsFileName_withVersionTagAndHistoryTimeToLive() throws IOException {
        for (String file : modelFiles().stream().filter(name -> name.endsWith(".bpmn")).toList()) {
            String key = file.substring(0, file.length() - ".bpmn".length());
            var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
            assertThat(definition).as("process with the file's name as id: " + key).isNotNull();
            assertThat(definition.getVersionTag()).isNotBlank();
            assertThat(definition.getHistoryTimeToLive()).isPositive();
        }
    }

    @Test
    void everyDecision_isDeployedUnderItsFileName_withHistoryTimeToLive() throws IOException {
        List<String> dmnFiles = modelFiles().stream().filter(name -> name.endsWith(".dmn")).toList();
        assertThat(dmnFiles).isNotEmpty();
        for (String file : dmnFiles) {
            String key = file.substring(0, file.length() - ".dmn".length());
            var decision = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
            assertThat(decision).as("decision with the file's name as id: " + key).isNotNull();
            assertThat(decision.getHistoryTimeToLive()).isPositive();
        }
    }

    static List<String> modelFiles() throws IOException {
        try (Stream<Path> processes = Files.walk(Path.of("processes")); Stream<Path> forms = Files.walk(Path.of("forms"))) {
            return Stream.concat(processes, forms)
                    .filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
                    .sorted()
                    .toList();
        }
    }
}
