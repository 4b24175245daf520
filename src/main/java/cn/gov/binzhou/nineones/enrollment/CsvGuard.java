package cn.gov.binzhou.nineones.enrollment;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Watches a CSV's characters on their way to the parser and refuses, as soon as it sees one, a line
 * past the last one an import may have, a field past the last column, or a field longer than a cell
 * may be. The parser itself builds a whole line before handing it over: a million fields for a line of
 * a million commas.
 *
 * <p>It follows the parser's quoting ({@code CSVFormat.DEFAULT}): a field that starts with a quote
 * runs to its closing quote, commas and line breaks included, and a doubled quote inside it is one
 * character. A line ends at CR, LF or CRLF outside quotes.
 */
final class CsvGuard extends FilterReader {

    private enum State { FIELD_START, PLAIN, QUOTED, QUOTE_IN_QUOTED }

    private State state = State.FIELD_START;
    private int line = 1;
    private int column = 1;
    private int length;
    private boolean afterCarriageReturn;

    CsvGuard(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            watch((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = offset; i < offset + read; i++) {
            watch(buffer[i]);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        if (count <= 0) {
            return 0;
        }
        char[] skipped = new char[(int) Math.min(count, 8192)];
        return Math.max(read(skipped, 0, skipped.length), 0);
    }

    private void watch(char c) {
        boolean secondHalfOfCrLf = c == '\n' && afterCarriageReturn && state == State.FIELD_START;
        afterCarriageReturn = c == '\r';
        if (secondHalfOfCrLf) {
            return;
        }
        if (line > SheetLines.MAX_LINES) {
            throw SheetLines.tooManyLines();
        }
        switch (state) {
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    grow();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    grow();
                } else {
                    plain(c);
                }
            }
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else {
                    plain(c);
                }
            }
            case PLAIN -> plain(c);
        }
    }

    private void plain(char c) {
        if (c == ',') {
            nextField();
        } else if (c == '\r' || c == '\n') {
            nextLine();
        } else {
            state = State.PLAIN;
            grow();
        }
    }

    private void grow() {
        if (++length > SheetLines.MAX_CELL_CHARS) {
            throw SheetLines.tooLong(line, column);
        }
    }

    private void nextField() {
        state = State.FIELD_START;
        length = 0;
        if (++column > SheetLines.MAX_COLUMNS) {
            throw SheetLines.beyondColumns(line, column);
        }
    }

    private void nextLine() {
        state = State.FIELD_START;
        length = 0;
        column = 1;
        line++;
    }
}
