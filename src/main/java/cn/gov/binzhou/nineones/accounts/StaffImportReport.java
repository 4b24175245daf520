package cn.gov.binzhou.nineones.accounts;

import java.util.List;

/** What a staff import did with each line of the sheet. */
record StaffImportReport(int imported, int skipped, int rejected, List<Line> lines) {

    /** Every line's fate: {@code IMPORTED}, {@code SKIPPED} (empty, or the login name exists) or {@code REJECTED}. */
    enum Outcome { IMPORTED, SKIPPED, REJECTED }

    record Line(int line, Outcome outcome, String userId, String name, String unit, String message) {
    }

    static StaffImportReport of(List<Line> lines) {
        return new StaffImportReport(count(lines, Outcome.IMPORTED), count(lines, Outcome.SKIPPED),
                count(lines, Outcome.REJECTED), List.copyOf(lines));
    }

    private static int count(List<Line> lines, Outcome outcome) {
        return (int) lines.stream().filter(line -> line.outcome() == outcome).count();
    }
}
