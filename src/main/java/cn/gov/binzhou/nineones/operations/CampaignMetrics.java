package cn.gov.binzhou.nineones.operations;

import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.system.Groups;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The campaign's work in Prometheus: open and overdue user tasks per agency (tag {@code agency}: the
 * agency's id, or {@code city} for the city bureau's), read from the engine at each scrape.
 */
@Component
class CampaignMetrics implements MeterBinder {

    static final String CITY = "city";

    private final TaskService tasks;
    private final Agencies agencies;

    CampaignMetrics(TaskService tasks, Agencies agencies) {
        this.tasks = tasks;
        this.agencies = agencies;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Agency agency : agencies.all()) {
            bindGroup(registry, agency.id(), agency.groupId());
        }
        bindGroup(registry, CITY, Groups.CITY_BUREAU);
        gauge(registry, "nineones.tasks.overdue.all", "overdue user tasks of every group",
                () -> tasks.createTaskQuery().active().dueBefore(ClockUtil.getCurrentTime()).count());
    }

    private void bindGroup(MeterRegistry registry, String agency, String groupId) {
        Gauge.builder("nineones.tasks.open", () -> candidateTasks(groupId).count())
                .description("open user tasks the group is candidate for").tag("agency", agency).register(registry);
        Gauge.builder("nineones.tasks.overdue", () -> candidateTasks(groupId).dueBefore(ClockUtil.getCurrentTime()).count())
                .description("open user tasks past their due date").tag("agency", agency).register(registry);
    }

    private TaskQuery candidateTasks(String groupId) {
        return tasks.createTaskQuery().active().taskCandidateGroup(groupId).includeAssignedTasks();
    }

    static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }
}
