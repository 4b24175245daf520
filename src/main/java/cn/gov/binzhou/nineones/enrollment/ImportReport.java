package cn.gov.binzhou.nineones.enrollment;

import java.util.List;

/** What became of every line of an imported sheet. */
public record ImportReport(String batchCode, int imported, int skipped, int rejected, List<Line> lines) {

    /** The outcome of one line. */
    public enum Outcome { IMPORTED, SKIPPED, REJECTED }

    /** One line: its number in the sheet, what became of it and why. */
    public record Line(int line, Outcome outcome, String creditCode, String enterpriseName, String message) {
    }

    static ImportReport of(String batchCode, List<Line> lines) {
        return new ImportReport(batchCode, count(lines, Outcome.IMPORTED), count(lines, Outcome.SKIPPED),
                count(lines, Outcome.REJECTED), List.copyOf(lines));
    }

    private static int count(List<Line> lines, Outcome outcome) {
        return (int) lines.stream().filter(line -> line.outcome() == outcome).count();
    }
}
