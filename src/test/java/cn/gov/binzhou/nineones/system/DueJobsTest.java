package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;

/**
 * Code that runs due jobs itself pages through them in one total order, so that among many jobs due at
 * the same time (asynchronous jobs have no due date at all) a page never skips the one it looks for.
 */
@ApplicationTest
class DueJobsTest {

    private static final String KEY = "due-jobs-many-without-a-date";
    private static final int JOBS = 450;
    private static final int PAGE = 100;

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    private Deployment deployment;
    private List<String> instances;

    @BeforeEach
    void manyAsynchronousJobsWithoutADueDate() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent().camundaAsyncBefore().userTask().endEvent().done();
        deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
        instances = IntStream.range(0, JOBS)
                .mapToObj(i -> runtime.startProcessInstanceByKey(KEY).getId()).toList();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void theOneJobWantedIsFound_pastPagesOfJobsDueAtTheSameTime() {
        for (String wanted : List.of(instances.get(0), instances.get(JOBS / 2), instances.get(JOBS - 1))) {
            List<Job> page = DueJobs.firstPageOf(management, job -> wanted.equals(job.getProcessInstanceId()), PAGE);

            assertThat(page).extracting(Job::getProcessInstanceId).containsExactly(wanted);
        }
    }

    @Test
    void pagesAreOrderedByDueDateAndThenById() {
        List<Job> ours = walkEveryPage().stream().filter(job -> instances.contains(job.getProcessInstanceId())).toList();

        assertThat(ours).as("all due at the same time: by id").hasSize(JOBS).extracting(Job::getId)
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void pageAfterPage_everyDueJobComesOnce() {
        List<Job> walked = walkEveryPage();

        assertThat(walked).extracting(Job::getId).doesNotHaveDuplicates();
        assertThat(walked).extracting(Job::getProcessInstanceId).filteredOn(instances::contains).hasSize(JOBS);
    }

    @Test
    void nothingWanted_isAnEmptyPage() {
        assertThat(DueJobs.firstPageOf(management, job -> false, PAGE)).isEmpty();
    }

    /** Every due job, those other tests of this application left included, page by page. */
    private List<Job> walkEveryPage() {
        List<Job> walked = new ArrayList<>();
        List<Job> page;
        int first = 0;
        do {
            page = DueJobs.page(management, first, PAGE);
            walked.addAll(page);
            first += PAGE;
        } while (page.size() == PAGE);
        return walked;
    }
}
