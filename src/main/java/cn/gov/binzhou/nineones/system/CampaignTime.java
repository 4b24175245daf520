package cn.gov.binzhou.nineones.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The bureau's time: dates are Beijing dates, "by a date" means by the end of that day. */
public final class CampaignTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private CampaignTime() {
    }

    /** The engine's clock, so that tests that move it move us too. */
    public static Date now() {
        return ClockUtil.getCurrentTime();
    }

    public static LocalDate today() {
        return now().toInstant().atZone(ZONE).toLocalDate();
    }

    /** The first moment of a Beijing date. */
    public static Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(ZONE).toInstant());
    }

    public static Date endOf(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(ZONE).toInstant());
    }

    public static LocalDate dateOf(Date instant) {
        return instant.toInstant().atZone(ZONE).toLocalDate();
    }
}
