package cn.gov.binzhou.nineones.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * China's official days as the bureau maintains them: statutory holidays ({@code off}) and adjusted
 * working weekends ({@code work}, 调休上班), one row per day in {@code nine_official_day}. The State
 * Council's yearly notice is imported as a CSV ({@code date,kind,occasion}); 2023–2026 ship with the
 * application. A year counts as covered once it holds at least {@value #DAYS_OF_A_NOTICE} days.
 */
@Component
public class OfficialCalendar {

    public static final String OFF = "off";
    public static final String WORK = "work";
    static final int DAYS_OF_A_NOTICE = 5;
    static final String SHIPPED = "calendar/china-official-days-2023-2026.csv";
    private static final Logger LOG = LoggerFactory.getLogger(OfficialCalendar.class);
    private static final long REFRESH_MILLIS = 5 * 60 * 1000;

    /** One official day. */
    public record OfficialDay(LocalDate day, String kind, String occasion) {
    }

    private record Snapshot(Map<LocalDate, String> kinds, Set<Integer> coveredYears, long loadedAt) {
    }

    private final JdbcClient jdbc;
    private final Set<Integer> missingYearsSeen = new ConcurrentSkipListSet<>();
    private volatile Snapshot snapshot;

    OfficialCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Imports the shipped years where the table lacks them; runs at every start, adds nothing twice. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    public void importShippedDays() {
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StartupRetry.run("official calendar", () -> {
                int added = importCsv(csv);
                if (added > 0) {
                    LOG.info("Imported {} official days from {}", added, SHIPPED);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports a notice as CSV lines {@code date,kind,occasion} (a header line is allowed); a day already
     * present is updated. Returns how many days were added or changed. Bad lines fail the whole import.
     */
    @Transactional
    public int importCsv(String csv) {
        List<OfficialDay> days = parse(csv);
        Map<LocalDate, OfficialDay> stored = new HashMap<>();
        jdbc.sql("select official_date, kind, occasion from nine_official_day")
                .query((rs, row) -> new OfficialDay(rs.getDate("official_date").toLocalDate(), rs.getString("kind"),
                        rs.getString("occasion")))
                .list().forEach(day -> stored.put(day.day(), day));
        Timestamp now = new Timestamp(CampaignTime.now().getTime());
        int changed = 0;
        for (OfficialDay day : days) {
            OfficialDay present = stored.get(day.day());
            if (present == null) {
                jdbc.sql("insert into nine_official_day (official_date, kind, occasion, imported_at) values (?, ?, ?, ?)")
                        .params(day.day(), day.kind(), day.occasion(), now).update();
                changed++;
            } else if (!present.equals(day)) {
                jdbc.sql("update nine_official_day set kind = ?, occasion = ?, imported_at = ? where official_date = ?")
                        .params(day.kind(), day.occasion(), now, day.day()).update();
                changed++;
            }
        }
        snapshot = null;
        return changed;
    }

    static List<OfficialDay> parse(String csv) {
        List<OfficialDay> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase().startsWith("date"))) {
                continue;
            }
            String[] fields = line.split(",", 3);
            try {
                LocalDate day = LocalDate.parse(fields[0].strip());
                String kind = fields.length > 1 ? fields[1].strip().toLowerCase() : "";
                if (!OFF.equals(kind) && !WORK.equals(kind)) {
                    problems.add("第" + (i + 1) + "行：类型应为 off（放假）或 work（调休上班）");
                    continue;
                }
                days.add(new OfficialDay(day, kind, fields.length > 2 ? fields[2].strip() : ""));
            } catch (DateTimeParseException e) {
                problems.add("第" + (i + 1) + "行：日期应为 YYYY-MM-DD");
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException("节假日文件有误，未导入：" + String.join("；", problems));
        }
        if (days.isEmpty()) {
            throw new RefusedException("节假日文件中没有日期");
        }
        return days;
    }

    /** Whether the date is a working day: a weekday that is not a holiday, or an adjusted working weekend. */
    public boolean isWorkingDay(LocalDate date) {
        Snapshot current = current();
        if (!current.coveredYears().contains(date.getYear()) && missingYearsSeen.add(date.getYear())) {
            LOG.warn("节假日日历缺少{}年数据：该年按周末计算工作日，请管理员导入国务院办公厅{}年节假日安排", date.getYear(),
                    date.getYear());
        }
        String kind = current.kinds().get(date);
        if (kind != null) {
            return WORK.equals(kind);
        }
        return date.getDayOfWeek().getValue() <= 5;
    }

    public Set<Integer> coveredYears() {
        return current().coveredYears();
    }

    /** Years a computation needed but the calendar lacks; shown to administrators. */
    public Set<Integer> missingYearsSeen() {
        Set<Integer> missing = new TreeSet<>(missingYearsSeen);
        missing.removeAll(coveredYears());
        return Collections.unmodifiableSet(missing);
    }

    public List<OfficialDay> days(int year) {
        return jdbc.sql("select official_date, kind, occasion from nine_official_day where official_date between ? and ? order by official_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, row) -> new OfficialDay(rs.getDate("official_date").toLocalDate(), rs.getString("kind"),
                        rs.getString("occasion")))
                .list();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || System.currentTimeMillis() - current.loadedAt() > REFRESH_MILLIS) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<LocalDate, String> kinds = new HashMap<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        jdbc.sql("select official_date, kind from nine_official_day").query(rs -> {
            LocalDate day = rs.getDate("official_date").toLocalDate();
            kinds.put(day, rs.getString("kind"));
            perYear.merge(day.getYear(), 1, Integer::sum);
        });
        Set<Integer> covered = new TreeSet<>();
        perYear.forEach((year, count) -> {
            if (count >= DAYS_OF_A_NOTICE) {
                covered.add(year);
            }
        });
        return new Snapshot(Map.copyOf(kinds), Set.copyOf(covered), System.currentTimeMillis());
    }
}
