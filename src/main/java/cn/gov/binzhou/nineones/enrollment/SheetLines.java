package cn.gov.binzhou.nineones.enrollment;

import java.util.ArrayList;
import java.util.List;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * The lines of an uploaded sheet, collected cell by cell while the file is read. Anything beyond what
 * an import can hold is refused the moment it appears, naming its line and column as Excel shows them,
 * so a crafted file never gets to fill memory.
 */
final class SheetLines {

    /** Title lines, the header and the data lines: the most a sheet may have. */
    static final int MAX_LINES = SheetReader.MAX_TITLE_LINES + 1 + SheetReader.MAX_ROWS;
    /** The template has 13 columns; the rest leaves room for notes and helper columns to their right. */
    static final int MAX_COLUMNS = 50;
    /** Names and addresses take well under 100 characters. */
    static final int MAX_CELL_CHARS = 2000;
    /**
     * All the text of a sheet. A full 5000-line template holds 0.6 million characters (measured on
     * the tests' Sheets helper); an .xlsx may repeat one long shared string in every cell, and each
     * repetition is a string of its own here.
     */
    static final long MAX_TEXT_CHARS = 10_000_000;

    private final List<List<String>> lines = new ArrayList<>();
    private List<String> current;
    private int currentLine;
    private long characters;

    /** Starts the line at this index (0 for the first line); lines skipped on the way are blank. */
    void startLine(int index) {
        if (index < 0) {
            throw new IllegalStateException("line index " + index);
        }
        if (index >= MAX_LINES) {
            throw tooManyLines();
        }
        while (lines.size() <= index) {
            lines.add(List.of());
        }
        current = new ArrayList<>();
        lines.set(index, current);
        currentLine = index + 1;
    }

    /** Puts a cell's text at this column (0 for column A) of the current line; columns skipped are blank. */
    void cell(int column, String text) {
        if (current == null || column < 0) {
            throw new IllegalStateException("cell at column " + column + " outside a line");
        }
        if (column >= MAX_COLUMNS) {
            throw beyondColumns(currentLine, column + 1L);
        }
        if (text.length() > MAX_CELL_CHARS) {
            throw tooLong(currentLine, column + 1);
        }
        characters += text.length();
        if (characters > MAX_TEXT_CHARS) {
            throw new RefusedException("文件中的文字超过" + MAX_TEXT_CHARS / 10_000 + "万字，请拆分后分批导入");
        }
        while (current.size() <= column) {
            current.add("");
        }
        current.set(column, text);
    }

    List<List<String>> lines() {
        return lines;
    }

    static RefusedException tooManyLines() {
        return new RefusedException("一次最多导入" + SheetReader.MAX_ROWS + "行，请拆分后分批导入");
    }

    static RefusedException beyondColumns(int line, long column) {
        return new RefusedException("第" + line + "行第" + column + "列超出导入模板的范围（最多" + MAX_COLUMNS + "列）");
    }

    static RefusedException tooLong(int line, int column) {
        return new RefusedException("第" + line + "行第" + column + "列的内容超过" + MAX_CELL_CHARS + "个字");
    }
}
