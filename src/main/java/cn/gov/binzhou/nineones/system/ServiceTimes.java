package cn.gov.binzhou.nineones.system;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Service times of user tasks, in working days, as the bureau's rule (DMN decision
 * {@value #DECISION}); due dates for the models: {@code ${serviceTimes.due('countyReview')}}.
 */
@Component("serviceTimes")
public class ServiceTimes {

    public static final String DECISION = "nine-ones-service-times";
    public static final String INPUT_TASK_KEY = "taskKey";
    public static final String OUTPUT_WORKING_DAYS = "workingDays";

    private final DecisionService decisions;
    private final WorkingDays workingDays;

    ServiceTimes(DecisionService decisions, WorkingDays workingDays) {
        this.decisions = decisions;
        this.workingDays = workingDays;
    }

    /** The working days the rule gives a task. */
    public int workingDaysFor(String taskKey) {
        Number days = decisions.evaluateDecisionByKey(DECISION)
                .variables(Map.of(INPUT_TASK_KEY, taskKey))
                .evaluate()
                .getSingleResult()
                .getEntry(OUTPUT_WORKING_DAYS);
        return days.intValue();
    }

    /** The end of the working day the task's service time ends on, counted from today. */
    public Date due(String taskKey) {
        return workingDays.fromNow(workingDaysFor(taskKey));
    }

    /** A calendar date's end while it lies ahead; after it, the task's service time from today. */
    public Date dueByOr(LocalDate calendarDate, String taskKey) {
        Date byCalendar = CampaignTime.endOf(calendarDate);
        return byCalendar.after(CampaignTime.now()) ? byCalendar : due(taskKey);
    }
}
