package cn.gov.binzhou.nineones.system;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The jobs due at the engine clock, a page at a time, for code that runs them itself (the demo's builder,
 * the tests) rather than the job executor. Pages are in one total order, due date and then id: many jobs
 * share a due date (every asynchronous job has none), and a database may order such ties differently
 * from one query to the next, so a page by due date alone can skip a job that an earlier page did not hold.
 */
public final class DueJobs {

    private DueJobs() {
    }

    /**
     * The first page of due jobs that the filter keeps, looking past any number of due jobs it does not
     * (mails left to the job executor, for example); empty when none is due.
     */
    public static List<Job> firstPageOf(ManagementService management, Predicate<Job> wanted, int pageSize) {
        for (int first = 0; ; first += pageSize) {
            List<Job> page = page(management, first, pageSize);
            List<Job> due = page.stream().filter(wanted).toList();
            if (!due.isEmpty() || page.size() < pageSize) {
                return due;
            }
        }
    }

    /** Due jobs from the given position in the order of due date and id. */
    static List<Job> page(ManagementService management, int first, int size) {
        return management.createJobQuery().executable().orderByJobDuedate().asc().orderByJobId().asc().listPage(first, size);
    }
}
