package cn.gov.binzhou.nineones.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.BatchCalendar;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.campaign.CampaignRecords;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.demo.DemoEnterprises.DemoEnterprise;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * The demo's sample campaign, created on the first start of the demo profile (only on a database
 * without batches, so restarts keep what users did): a finished previous batch, the current batch in the middle
 * of its cycle, and the next batch taking nominations. Everything goes through the application's own
 * paths as the demo users; past steps are taken with the engine clock moved back while the job executor
 * is stopped, and the builder runs the due jobs itself (see {@link PausedJobExecutor}).
 */
@Component
@Profile("demo")
class DemoCampaign {

    static final String ENTERPRISE_USER = "qiye1";
    /** Set to false to start the demo without the sample campaign. */
    static final String ENABLED = "nineones.demo.sample-campaign";
    static final int CURRENT_PER_AGENCY = 20;
    /** The agency of qiye1's enterprise. */
    static final String OWN_AGENCY = "bincheng";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCampaign.class);

    private final DemoSteps steps;
    private final DemoDriver driver;
    private final Batches batches;
    private final Nominations nominations;
    private final SpotChecks checks;
    private final CampaignRecords records;
    private final Agencies agencies;
    private final ProcessEngine engine;
    private final Environment environment;
    private final TransactionTemplate transactions;
    private volatile boolean building;

    DemoCampaign(DemoSteps steps, DemoDriver driver, Batches batches, Nominations nominations, SpotChecks checks,
            CampaignRecords records, Agencies agencies, ProcessEngine engine, Environment environment,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.environment = environment;
        this.records = records;
        this.steps = steps;
        this.driver = driver;
        this.batches = batches;
        this.nominations = nominations;
        this.checks = checks;
        this.agencies = agencies;
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void onStart() {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            LOG.info("Demo campaign not created ({}=false)", ENABLED);
            return;
        }
        try {
            ensureSampleCampaign();
        } catch (RuntimeException failed) {
            LOG.error("Demo campaign not completely built; the application runs on without the rest of it", failed);
        }
        DemoGuide.log(LOG, DemoCalendar.of(CampaignTime.today()));
    }

    /**
     * Builds the sample campaign on a database without batches; answers how many batches it built. Once
     * any batch exists (the sample's, or one a user started), it builds nothing: restarts keep what users did.
     */
    int ensureSampleCampaign() {
        DemoCalendar calendar = DemoCalendar.of(CampaignTime.today());
        List<String> existing = batches.all().stream().map(Batch::code).toList();
        if (!existing.isEmpty()) {
            LOG.info("Demo campaign not created: the database already holds batches {}", existing);
            return 0;
        }
        long started = System.nanoTime();
        ManagementService management = engine.getManagementService();
        building = true;
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (PausedJobExecutor paused = PausedJobExecutor.pause(configuration, management)) {
            timed("previous batch " + calendar.previousCode(), () -> buildPrevious(calendar));
            timed("current batch " + calendar.currentCode(), () -> buildCurrent(calendar));
            timed("next batch " + calendar.nextCode(), () -> buildNext(calendar));
            ClockUtil.reset();
            driver.runDue();
            sweepSoon(management);
        } finally {
            building = false;
        }
        LOG.info("Demo campaign created in {} ms: batches {} (finished), {} (current), {} (taking nominations)",
                (System.nanoTime() - started) / 1_000_000, calendar.previousCode(), calendar.currentCode(),
                calendar.nextCode());
        return 3;
    }

    /** Whether the sample campaign is being built (the engine clock may stand in the past). */
    boolean isBuilding() {
        return building;
    }

    /**
     * The steps of one day committed together: the engine's commands join the one transaction, which on
     * the H2 file saves most of the time (one very large transaction is slower again).
     */
    private void inOneTransaction(Runnable steps) {
        transactions.executeWithoutResult(status -> steps.run());
    }

    private static void timed(String what, Runnable build) {
        long started = System.nanoTime();
        build.run();
        LOG.info("Demo campaign: {} built in {} ms", what, (System.nanoTime() - started) / 1_000_000);
    }

    /** The deadline sweeper's next run is brought forward to now, so the demo mailbox has reminders at once. */
    private static void sweepSoon(ManagementService management) {
        for (Job timer : management.createJobQuery().processDefinitionKey(ReminderProcess.KEY).timers().list()) {
            management.setJobDuedate(timer.getId(), CampaignTime.now());
        }
    }

    // ---------------------------------------------------------------- the previous batch: finished

    private void buildPrevious(DemoCalendar calendar) {
        String code = calendar.previousCode();
        int year = calendar.currentYear() - 1;
        DemoDriver.clockAt(LocalDate.of(year, 9, 1));
        Map<String, Object> form = batchForm(code, "第一批（演示）");
        form.put(BatchProcess.Var.FROM_FIXED_LIST.name(), true);
        form.put(BatchProcess.Field.SAMPLING_RATE_PERCENT, 30L);
        form.put(BatchProcess.Field.SAMPLING_MINIMUM, 1L);
        steps.startBatch(form);
        DemoDriver.clockAt(LocalDate.of(year, 9, 2));
        steps.importFixedList(code, new DemoEnterprises(year).generate(agencies.all(), 3, 0, null));
        driver.runDue();
        DemoDriver.clockAt(LocalDate.of(year, 10, 9));
        inOneTransaction(() -> steps.planAndVisit(code, agencyIds(), codesByAgency(code), 1));
        BatchCalendar dates = batches.require(code).calendar();
        driver.advanceTo(dates.progressCheckFrom());
        recordChecks(code, CheckKind.PROGRESS, Map.of(), 0);
        DemoDriver.clockAt(LocalDate.of(year, 11, 10));
        inOneTransaction(() -> finishPreviousCycle(code));
        driver.advanceTo(dates.countyAcceptanceBy().plusDays(1));
        driver.advanceTo(dates.acceptanceCheckFrom());
        recordChecks(code, CheckKind.ACCEPTANCE, Map.of(), 4);
        driver.runDue();
        if (batches.require(code).phase() != BatchPhase.CLOSED) {
            driver.advanceTo(dates.deductionsBy().plusDays(1));
        }
    }

    private void finishPreviousCycle(String code) {
        List<NominatedEnterprise> listed = listed(code);
        for (int i = 0; i < listed.size(); i++) {
            Nomination n = listed.get(i).nomination();
            if (i % 10 == 9) {
                continue;
            }
            steps.selfAssess(listed.get(i));
            if (i % 10 == 8) {
                continue;
            }
            if (i % 10 == 4) {
                steps.countyAccepts(n, false);
                steps.selfAssess(listed.get(i));
            }
            steps.countyAccepts(n, true);
        }
    }

    // ---------------------------------------------------------------- the current batch: in its cycle

    /**
     * Started from its fixed list, as the real second batch was (the city imports Attachment 1): the
     * enterprises are listed at once; nominations and their reviews are shown by the next batch.
     */
    private void buildCurrent(DemoCalendar calendar) {
        String code = calendar.currentCode();
        int year = calendar.currentYear();
        DemoDriver.clockAt(LocalDate.of(year, 9, 1));
        Map<String, Object> form = batchForm(code, "第二批（演示）");
        form.put(BatchProcess.Var.FROM_FIXED_LIST.name(), true);
        form.put(BatchProcess.Field.SELF_ASSESSMENT_BY, calendar.selfAssessmentBy().toString());
        form.put(BatchProcess.Field.COUNTY_ACCEPTANCE_BY, calendar.countyAcceptanceBy().toString());
        form.put(BatchProcess.Field.ACCEPTANCE_CHECK_FROM, calendar.acceptanceCheckFrom().toString());
        form.put(BatchProcess.Field.SAMPLING_RATE_PERCENT, 10L);
        form.put(BatchProcess.Field.SAMPLING_MINIMUM, 1L);
        form.put(BatchProcess.Field.PREVIOUS_BATCH_CODE, calendar.previousCode());
        steps.startBatch(form);
        DemoDriver.clockAt(LocalDate.of(year, 9, 3));
        DemoEnterprises generator = new DemoEnterprises(year * 10L + 2);
        List<DemoEnterprise> list = new ArrayList<>(generator.generate(agencies.all(), CURRENT_PER_AGENCY, 4, "qy" + year + "-"));
        DemoEnterprise own = generator.enterprise(agencies.require(OWN_AGENCY), null);
        list.add(own);
        steps.importFixedList(code, DemoEnterprises.byAgency(list, agencies.all()));
        steps.linkOwnAccount(ENTERPRISE_USER, code, own.creditCode());
        driver.runDue();
        BatchCalendar dates = batches.require(code).calendar();
        DemoDriver.clockAt(LocalDate.of(year, 10, 9));
        List<String> planning = agencyIds().subList(0, agencyIds().size() - 2);
        inOneTransaction(() -> steps.planAndVisit(code, planning, codesByAgency(code), 2));
        driver.advanceTo(dates.progressCheckFrom().plusDays(2));
        recordChecks(code, CheckKind.PROGRESS, firstCheckOfEachGroup(code), 5);
        recordChecks(code, CheckKind.OPERATION, firstCheckOfEachGroup(code), 3);
        DemoDriver.clockAt(latest(calendar.currentAsOf().minusDays(8), dates.progressCheckTo().plusDays(1)));
        inOneTransaction(() -> selfAssessments(code));
        driver.advanceTo(dates.selfAssessmentBy().plusDays(1));
        inOneTransaction(() -> acceptances(code, calendar.currentAsOf().minusDays(1)));
    }

    private void selfAssessments(String code) {
        List<NominatedEnterprise> listed = listed(code);
        for (int i = 0; i < listed.size(); i++) {
            boolean own = ENTERPRISE_USER.equals(listed.get(i).nomination().enterpriseUserId());
            if (own || i % 4 != 3) {
                steps.selfAssess(listed.get(i));
            }
        }
    }

    /**
     * Most wait for the agency (due soon); a fifth pass; one in twenty fails the day before "today" (qiye1's
     * among them).
     */
    private void acceptances(String code, LocalDate failOn) {
        List<Nomination> failing = new ArrayList<>();
        List<NominatedEnterprise> listed = listed(code);
        for (int i = 0; i < listed.size(); i++) {
            Nomination n = listed.get(i).nomination();
            if (ENTERPRISE_USER.equals(n.enterpriseUserId()) || i % 20 == 2) {
                failing.add(n);
            } else if (i % 5 == 0) {
                steps.countyAccepts(n, true);
            }
        }
        DemoDriver.clockAt(failOn);
        failing.forEach(n -> steps.countyAccepts(n, false));
    }

    // ---------------------------------------------------------------- the next batch: taking nominations

    private void buildNext(DemoCalendar calendar) {
        String code = calendar.nextCode();
        LocalDate today = calendar.today();
        DemoDriver.clockAt(today.minusDays(14));
        Map<String, Object> form = batchForm(code, "第三批（演示）");
        form.put(BatchProcess.Var.BATCH_YEAR.name(), calendar.nextYear());
        form.put(BatchProcess.Field.NOMINATION_CLOSES, calendar.nextNominationCloses().toString());
        form.put(BatchProcess.Field.CITY_APPROVAL_BY, calendar.nextCityApprovalBy().toString());
        steps.startBatch(form);
        DemoEnterprises generator = new DemoEnterprises(calendar.nextYear() * 10L + 3);
        inOneTransaction(() -> {
            steps.importByAgencies(code, generator.generate(agencies.all(), 3, 0, null));
            reviewFirstTwo(code);
        });
        DemoDriver.clockAt(today.minusDays(3));
        inOneTransaction(() -> {
            steps.importByAgencies(code, generator.generate(agencies.all(), 2, 0, null));
            reviewFirstTwo(code);
            decideAFew(code);
        });
        ClockUtil.reset();
        inOneTransaction(() -> steps.importByAgencies(code, generator.generate(agencies.all(), 1, 0, null)));
    }

    /** Per agency, of the nominations not yet reviewed: the first returned for revision, the second approved. */
    private void reviewFirstTwo(String code) {
        Map<String, List<Nomination>> waiting = nominations.inBatch(code).stream().map(NominatedEnterprise::nomination)
                .filter(n -> n.status() == NominationStatus.NOMINATED && driver.task(n.processInstanceId(),
                        EnterpriseProcess.COUNTY_REVIEW) != null
                        && !reviewedBefore(n))
                .collect(Collectors.groupingBy(Nomination::agencyId, LinkedHashMap::new, Collectors.toList()));
        for (List<Nomination> own : waiting.values()) {
            steps.countyReturns(own.get(0));
            if (own.size() > 1) {
                steps.countyApproves(own.get(1));
            }
        }
    }

    /** Final decisions the batch shows as well: the last agency rejects one, the city rejects one and lists one. */
    private void decideAFew(String code) {
        List<Nomination> all = nominations.inBatch(code).stream().map(NominatedEnterprise::nomination).toList();
        String last = agencyIds().get(agencyIds().size() - 1);
        all.stream().filter(n -> n.agencyId().equals(last) && n.status() == NominationStatus.NOMINATED && !reviewedBefore(n))
                .findFirst().ifPresent(steps::countyRejects);
        List<Nomination> approved = all.stream().filter(n -> n.status() == NominationStatus.COUNTY_APPROVED).toList();
        steps.cityDecides(approved.get(0), false, 1);
        steps.cityDecides(approved.get(1), true, 0);
    }

    private boolean reviewedBefore(Nomination n) {
        return nominations.events(n.id()).size() > 1;
    }

    // ---------------------------------------------------------------- shared

    private static Map<String, Object> batchForm(String code, String name) {
        Map<String, Object> form = new HashMap<>();
        form.put(BatchProcess.Var.BATCH_CODE.name(), code);
        form.put(BatchProcess.Field.BATCH_NAME, name);
        form.put(BatchProcess.Var.SAMPLING_SEED.name(), (long) code.hashCode());
        return form;
    }

    /**
     * Records the batch's open checks of the kind, but those kept open, in one day's transaction. December:
     * an enterprise that missed a date was not advanced; every n-th of the others, and in October every
     * n-th, was not effective.
     */
    private void recordChecks(String code, CheckKind kind, Map<String, Long> keepOpen, int everyIneffective) {
        inOneTransaction(() -> recordOpenChecks(code, kind, keepOpen, everyIneffective));
    }

    private void recordOpenChecks(String code, CheckKind kind, Map<String, Long> keepOpen, int everyIneffective) {
        List<SpotCheck> open = checks.inBatch(code).stream().filter(c -> c.kind() == kind && !c.done()).toList();
        int n = 0;
        for (SpotCheck check : open) {
            if (keepOpen.containsValue(check.id())) {
                continue;
            }
            if (kind == CheckKind.ACCEPTANCE && missedADate(check)) {
                steps.recordCheck(check, "NOT_ADVANCED");
                continue;
            }
            n++;
            steps.recordCheck(check, everyIneffective > 0 && n % everyIneffective == 0 ? "INEFFECTIVE" : "EFFECTIVE");
        }
    }

    private boolean missedADate(SpotCheck check) {
        return records.find(check.nominationId()).map(r -> r.overdueStep() != null).orElse(false);
    }

    /** For each inspection group, its first open check of the batch, kept open so the group has work. */
    private Map<String, Long> firstCheckOfEachGroup(String code) {
        Map<String, Long> first = new HashMap<>();
        checks.inBatch(code).stream().filter(c -> !c.done())
                .forEach(c -> first.putIfAbsent(c.groupId(), c.id()));
        return first;
    }

    private List<NominatedEnterprise> listed(String code) {
        return nominations.inBatch(code).stream()
                .filter(e -> e.nomination().status() == NominationStatus.CITY_APPROVED).toList();
    }

    private Map<String, List<String>> codesByAgency(String code) {
        return listed(code).stream().map(NominatedEnterprise::nomination).collect(Collectors.groupingBy(
                Nomination::agencyId, Collectors.mapping(Nomination::creditCode, Collectors.toList())));
    }

    private List<String> agencyIds() {
        return agencies.all().stream().map(Agency::id).toList();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
