package cn.gov.binzhou.nineones.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. They hold expressions over the current user, so one set serves every
 * group; authorization keeps each agency to its own tasks. Each card shows the enterprise (name and
 * credit code), and every list sorts by due date, earliest first; filters an earlier release created are
 * brought up to date at start-up.
 */
@Component
public class TasklistFilters {

    public static final String OWN_AGENCY = "本单位待办";
    public static final String MINE = "我的待办";
    public static final String DUE_SOON = "即将到期";
    public static final String OVERDUE = "已逾期";

    /** The variables a task card shows, in this order. */
    static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", "enterpriseName", "label", "企业名称"),
            Map.of("name", "creditCode", "label", "统一社会信用代码"),
            Map.of("name", "agencyName", "label", "县市区"),
            Map.of("name", "batchCode", "label", "批次"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationGrants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = new AuthorizationGrants(authorizations);
    }

    void ensureFilters() {
        ensure(OWN_AGENCY, -10, "本单位（候选组）的待办任务，含已认领的",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        ensure(MINE, 0, "分配给我本人的任务",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(DUE_SOON, 10, "三天内到期的任务",
                taskService.createTaskQuery().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(3).toDate()}").orderByDueDate().asc());
        ensure(OVERDUE, 20, "已超过办理期限的任务",
                taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    /**
     * Creates the filter, or brings an existing one up to date: our query (with its sorting) and our shown
     * variables; other properties (priority, description, colour) stay as an administrator left them.
     */
    private void ensure(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
            filter.setQuery(query);
            filter.setProperties(properties(priority, description));
            filterService.saveFilter(filter);
        } else {
            Filter wanted = filterService.newTaskFilter(name).setQuery(query);
            Map<String, Object> properties = new LinkedHashMap<>(
                    filter.getProperties() == null ? Map.of() : filter.getProperties());
            boolean sameQuery = ((FilterEntity) wanted).getQueryInternal().equals(((FilterEntity) filter).getQueryInternal());
            if (!sameQuery || !SHOWN_VARIABLES.equals(properties.get("variables"))) {
                properties.put("variables", SHOWN_VARIABLES);
                filter.setQuery(query);
                filter.setProperties(properties);
                filterService.saveFilter(filter);
            }
        }
        grants.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private static Map<String, Object> properties(int priority, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", SHOWN_VARIABLES);
        return properties;
    }
}
