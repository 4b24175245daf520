package cn.gov.binzhou.nineones.enrollment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Reads a nomination sheet (.xlsx, or .csv in UTF-8 with or without BOM, or GBK) into rows keyed by
 * header, each with its line number as the person sees it in Excel. A file it cannot read is refused
 * with a Chinese reason; it never guesses a column.
 *
 * <p>A file is bounded while it is read, never after: an .xlsx is looked into before it is opened
 * ({@link ZipBounds}) and its sheet is streamed, a .csv is parsed line by line ({@link CsvGuard}), and
 * both go into {@link SheetLines}, which refuses the first line, column or cell beyond an import.
 */
final class SheetReader {

    /** One data line: its number in the sheet and its values by header. */
    record SheetRow(int line, Map<String, String> values) {

        String get(String header) {
            return values.get(header);
        }
    }

    static final int MAX_ROWS = 5000;
    static final String UNREADABLE_XLSX = "无法读取 Excel 文件，请确认文件未损坏、未加密";
    private static final Charset GBK = Charset.forName("GB18030");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetReader() {
    }

    static List<SheetRow> read(String filename, byte[] content) {
        if (content.length == 0) {
            throw new RefusedException("文件为空");
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        if (startsWith(content, OLE) || name.endsWith(".xls")) {
            throw new RefusedException("不支持 Excel 97-2003（.xls）格式，请在 Excel 中另存为 .xlsx 或 .csv 后导入");
        }
        if (name.endsWith(".xlsx")) {
            if (!startsWith(content, ZIP)) {
                throw new RefusedException("文件扩展名为 .xlsx，但内容不是 Excel 工作簿");
            }
            return xlsx(content);
        }
        if (name.endsWith(".csv")) {
            if (startsWith(content, ZIP)) {
                throw new RefusedException("文件扩展名为 .csv，但内容是 Excel 工作簿，请改为 .xlsx 后导入");
            }
            return csv(content);
        }
        throw new RefusedException("只接受 .xlsx 或 .csv 文件，收到的是“" + (filename == null ? "" : filename) + "”");
    }

    /** Looks inside the zip, then streams the sheet; a refusal in Chinese passes, anything else is "unreadable". */
    private static List<SheetRow> xlsx(byte[] content) {
        ZipBounds.check(content);
        List<List<String>> lines;
        try {
            lines = XlsxSheet.lines(content);
        } catch (RefusedException refusal) {
            throw refusal;
        } catch (Exception unreadable) {
            throw new RefusedException(UNREADABLE_XLSX);
        }
        return rows(lines);
    }

    /** Parses line by line; {@link CsvGuard} refuses an oversized line before the parser has built it. */
    private static List<SheetRow> csv(byte[] content) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        SheetLines lines = new SheetLines();
        try (CSVParser parser = CSVParser.parse(new CsvGuard(text(content)), format)) {
            int index = 0;
            for (CSVRecord record : parser) {
                lines.startLine(index++);
                for (int column = 0; column < record.size(); column++) {
                    lines.cell(column, record.get(column));
                }
            }
        } catch (IOException | UncheckedIOException malformed) {
            throw new RefusedException("CSV 文件格式有误（引号不配对等）：" + malformed.getMessage());
        }
        return rows(lines.lines());
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else GBK as Excel saves it on Chinese Windows. */
    private static Reader text(byte[] content) {
        if (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF) {
            return new InputStreamReader(new ByteArrayInputStream(content, 3, content.length - 3), StandardCharsets.UTF_8);
        }
        return new InputStreamReader(new ByteArrayInputStream(content), validUtf8(content) ? StandardCharsets.UTF_8 : GBK);
    }

    /** Decodes through a small buffer, so that checking builds no copy of the text. */
    private static boolean validUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    /** How many lines above the header a sheet may have, such as a title like 第二批企业名单. */
    static final int MAX_TITLE_LINES = 10;

    private static List<SheetRow> rows(List<List<String>> lines) {
        int headerIndex = headerLine(lines);
        Map<Integer, String> columns = headerColumns(lines.get(headerIndex));
        if (lines.size() - headerIndex - 1 > MAX_ROWS) {
            throw SheetLines.tooManyLines();
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            Map<String, String> values = new HashMap<>();
            columns.forEach((index, header) -> values.put(header, index < cells.size() ? cells.get(index) : null));
            rows.add(new SheetRow(i + 1, values));
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).values().values().stream().allMatch(SheetReader::blank)) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    /** The first line naming the template's key columns; else the first non-blank line, to report on. */
    private static int headerLine(List<List<String>> lines) {
        int firstNonBlank = -1;
        for (int i = 0; i < lines.size() && i <= MAX_TITLE_LINES; i++) {
            List<String> cells = lines.get(i).stream().map(SheetReader::normalizeHeader).toList();
            if (cells.contains(ImportTemplate.NAME) && cells.contains(ImportTemplate.CREDIT_CODE)) {
                return i;
            }
            if (firstNonBlank < 0 && !blank(lines.get(i))) {
                firstNonBlank = i;
            }
        }
        if (firstNonBlank < 0) {
            throw new RefusedException("文件中没有内容");
        }
        return firstNonBlank;
    }

    private static Map<Integer, String> headerColumns(List<String> headerLine) {
        Map<Integer, String> columns = new HashMap<>();
        for (int i = 0; i < headerLine.size(); i++) {
            String header = normalizeHeader(headerLine.get(i));
            if (ImportTemplate.HEADERS.contains(header)) {
                if (columns.containsValue(header)) {
                    throw new RefusedException("表头“" + header + "”出现了两次");
                }
                columns.put(i, header);
            }
        }
        List<String> missing = ImportTemplate.REQUIRED.stream().filter(header -> !columns.containsValue(header)).toList();
        if (!missing.isEmpty()) {
            throw new RefusedException("表头缺少：" + String.join("、", missing)
                    + "。请使用导入模板，表头为：" + String.join("，", ImportTemplate.HEADERS));
        }
        return columns;
    }

    private static String normalizeHeader(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replace("\u3000", "").replace("*", "").strip();
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(SheetReader::blank);
    }

    private static boolean blank(String value) {
        return value == null || value.replace("\u3000", " ").isBlank();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
