package cn.gov.binzhou.nineones.batch;

import static cn.gov.binzhou.nineones.batch.BatchProcess.Field.*;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchProcess.Var;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;
import cn.gov.binzhou.nineones.system.WorkingDays;

/**
 * Validates the start of a batch, fills in the default calendar of its year, moves every date that
 * falls on a non-working day to the next working day (Civil Code, art. 203), records the batch and
 * makes its code the business key. Any problem fails the start with a Chinese message; nothing is stored.
 */
@Component("registerBatch")
class RegisterBatch implements JavaDelegate {

    static final Pattern CODE = Pattern.compile("^\\d{4}-[0-9A-Za-z]{1,8}$");
    static final int DEFAULT_RATE_PERCENT = 20;
    static final int DEFAULT_MINIMUM = 2;
    static final int MAX_NAME = 100;

    /** The start form's settings: stored with the batch, they leave the process. */
    static final List<String> FORM_FIELDS = List.of(BATCH_NAME, PREVIOUS_BATCH_CODE, NOMINATION_CLOSES, CITY_APPROVAL_BY,
            SUPERVISION_PLANS_BY, PROGRESS_CHECK_FROM, PROGRESS_CHECK_TO, SELF_ASSESSMENT_BY, COUNTY_ACCEPTANCE_BY,
            ACCEPTANCE_CHECK_FROM, ACCEPTANCE_CHECK_TO, DEDUCTIONS_BY, SAMPLING_RATE_PERCENT, SAMPLING_MINIMUM);

    private final Batches batches;
    private final WorkingDays workingDays;
    private final SecureRandom random = new SecureRandom();

    RegisterBatch(Batches batches, WorkingDays workingDays) {
        this.batches = batches;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> problems = new ArrayList<>();
        String code = text(execution, Var.BATCH_CODE.name());
        String name = text(execution, BATCH_NAME);
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("批次编号应为“年份-序号”，例如 2023-2");
        } else if (batches.find(code).isPresent()) {
            problems.add("批次编号“" + code + "”已存在，不能重复创建");
        }
        if (name == null) {
            problems.add("批次名称不能为空，例如 第二批");
        } else if (name.length() > MAX_NAME) {
            problems.add("批次名称不能超过" + MAX_NAME + "个字");
        }
        int year = year(execution, code, problems);
        boolean fromFixedList = Boolean.TRUE.equals(execution.getVariable(Var.FROM_FIXED_LIST.name()));
        BatchCalendar given = calendar(execution, BatchCalendar.defaultFor(year), problems);
        if (fromFixedList) {
            given = given.withoutNomination();
        }
        problems.addAll(given.problems(year));
        String previous = previousBatch(execution, code, problems);
        int rate = number(execution, SAMPLING_RATE_PERCENT, DEFAULT_RATE_PERCENT, 0, 100, "抽查比例（%）", problems);
        int minimum = number(execution, SAMPLING_MINIMUM, DEFAULT_MINIMUM, 0, 10_000, "每个县市区最少抽查数", problems);
        if (!problems.isEmpty()) {
            throw new RefusedException("批次不能创建：" + String.join("；", problems));
        }
        Long seed = Var.SAMPLING_SEED.get(execution);
        long samplingSeed = seed != null ? seed : random.nextLong();
        BatchPhase phase = fromFixedList ? BatchPhase.AWAITING_LIST : BatchPhase.NOMINATION;
        batches.insert(new Batch(code, name, year, given.moved(workingDays::onOrAfter), rate, minimum, samplingSeed, phase,
                execution.getProcessInstanceId(), CurrentUser.id(), CampaignTime.now().toInstant(), fromFixedList, previous));
        execution.setProcessBusinessKey(code);
        execution.removeVariables(FORM_FIELDS);
        Var.BATCH_YEAR.set(execution, year);
        Var.SAMPLING_SEED.set(execution, samplingSeed);
        Var.FROM_FIXED_LIST.set(execution, fromFixedList);
    }

    private String previousBatch(DelegateExecution execution, String code, List<String> problems) {
        String previous = text(execution, PREVIOUS_BATCH_CODE);
        if (previous == null) {
            return null;
        }
        if (previous.equals(code) || batches.find(previous).isEmpty()) {
            problems.add("上一批次“" + previous + "”不存在");
        }
        return previous;
    }

    private static int year(DelegateExecution execution, String code, List<String> problems) {
        Object given = execution.getVariable(Var.BATCH_YEAR.name());
        if (given instanceof Number number) {
            return number.intValue();
        }
        if (given instanceof String text && !text.isBlank()) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                problems.add("年度“" + text + "”应为四位年份");
            }
        }
        if (code != null && CODE.matcher(code).matches()) {
            return Integer.parseInt(code.substring(0, 4));
        }
        return CampaignTime.today().getYear();
    }

    private static BatchCalendar calendar(DelegateExecution execution, BatchCalendar defaults, List<String> problems) {
        return new BatchCalendar(
                date(execution, NOMINATION_CLOSES, defaults.nominationCloses(), problems),
                date(execution, CITY_APPROVAL_BY, defaults.cityApprovalBy(), problems),
                date(execution, SUPERVISION_PLANS_BY, defaults.supervisionPlansBy(), problems),
                date(execution, PROGRESS_CHECK_FROM, defaults.progressCheckFrom(), problems),
                date(execution, PROGRESS_CHECK_TO, defaults.progressCheckTo(), problems),
                date(execution, SELF_ASSESSMENT_BY, defaults.selfAssessmentBy(), problems),
                date(execution, COUNTY_ACCEPTANCE_BY, defaults.countyAcceptanceBy(), problems),
                date(execution, ACCEPTANCE_CHECK_FROM, defaults.acceptanceCheckFrom(), problems),
                date(execution, ACCEPTANCE_CHECK_TO, defaults.acceptanceCheckTo(), problems),
                date(execution, DEDUCTIONS_BY, defaults.deductionsBy(), problems));
    }

    private static LocalDate date(DelegateExecution execution, String variable, LocalDate fallback,
            List<String> problems) {
        Object value = execution.getVariable(variable);
        if (value instanceof java.util.Date date) {
            return CampaignTime.dateOf(date);
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
            } catch (DateTimeParseException e) {
                problems.add("日期“" + text + "”格式不正确，应为 YYYY-MM-DD");
            }
        }
        return fallback;
    }

    private static int number(DelegateExecution execution, String variable, int fallback, int min, int max,
            String label, List<String> problems) {
        Object value = execution.getVariable(variable);
        int number = fallback;
        if (value instanceof Number given) {
            number = given.intValue();
        } else if (value instanceof String text && !text.isBlank()) {
            try {
                number = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                problems.add(label + "应为整数");
                return fallback;
            }
        }
        if (number < min || number > max) {
            problems.add(label + "应在" + min + "到" + max + "之间");
        }
        return number;
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
