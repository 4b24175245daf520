package cn.gov.binzhou.nineones.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda's REST API and webapps find their engine in a static registry, by name ({@code default}). The
 * test suite keeps several application contexts alive (other profiles, other settings), each with an
 * engine of that name, and the last one started would answer every context's HTTP calls. Before each
 * test this makes the test's own engine the one they find.
 */
public class CurrentEngine implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngines.registerProcessEngine(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }
}
