package cn.gov.binzhou.nineones.enrollment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a nomination sheet (.xlsx, or .csv in UTF-8 with or without BOM, or GBK) into rows keyed by
 * header, each with its line number as the person sees it in Excel. A file it cannot read is refused
 * with a Chinese reason; it never guesses a column.
 */
final class SheetReader {

    /** One data line: its number in the sheet and its values by header. */
    record SheetRow(int line, Map<String, String> values) {

        String get(String header) {
            return values.get(header);
        }
    }

    static final int MAX_ROWS = 5000;
    private static final Charset GBK = Charset.forName("GB18030");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetReader() {
    }

    static List<SheetRow> read(String filename, byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("文件为空");
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        if (startsWith(content, OLE) || name.endsWith(".xls")) {
            throw new IllegalArgumentException("不支持 Excel 97-2003（.xls）格式，请在 Excel 中另存为 .xlsx 或 .csv 后导入");
        }
        if (name.endsWith(".xlsx")) {
            if (!startsWith(content, ZIP)) {
                throw new IllegalArgumentException("文件扩展名为 .xlsx，但内容不是 Excel 工作簿");
            }
            return xlsx(content);
        }
        if (name.endsWith(".csv")) {
            if (startsWith(content, ZIP)) {
                throw new IllegalArgumentException("文件扩展名为 .csv，但内容是 Excel 工作簿，请改为 .xlsx 后导入");
            }
            return csv(decode(content));
        }
        throw new IllegalArgumentException("只接受 .xlsx 或 .csv 文件，收到的是“" + (filename == null ? "" : filename) + "”");
    }

    private static List<SheetRow> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                    }
                }
                lines.add(cells);
            }
            return rows(lines);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof IllegalArgumentException known && known.getMessage() != null
                    && known.getMessage().matches(".*[\\u4e00-\\u9fa5].*")) {
                throw known;
            }
            throw new IllegalArgumentException("无法读取 Excel 文件，请确认文件未损坏、未加密");
        }
    }

    private static List<SheetRow> csv(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<List<String>> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(record.toList());
            }
            return rows(lines);
        } catch (IOException | java.io.UncheckedIOException malformed) {
            throw new IllegalArgumentException("CSV 文件格式有误（引号不配对等）：" + malformed.getMessage());
        }
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else GBK as Excel saves it on Chinese Windows. */
    static String decode(byte[] content) {
        if (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GBK);
        }
    }

    /** How many lines above the header a sheet may have, such as a title like 第二批企业名单. */
    static final int MAX_TITLE_LINES = 10;

    private static List<SheetRow> rows(List<List<String>> lines) {
        int headerIndex = headerLine(lines);
        Map<Integer, String> columns = headerColumns(lines.get(headerIndex));
        if (lines.size() - headerIndex - 1 > MAX_ROWS) {
            throw new IllegalArgumentException("一次最多导入" + MAX_ROWS + "行，请拆分后分批导入");
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
            throw new IllegalArgumentException("文件中没有内容");
        }
        return firstNonBlank;
    }

    private static Map<Integer, String> headerColumns(List<String> headerLine) {
        Map<Integer, String> columns = new HashMap<>();
        for (int i = 0; i < headerLine.size(); i++) {
            String header = normalizeHeader(headerLine.get(i));
            if (ImportTemplate.HEADERS.contains(header)) {
                if (columns.containsValue(header)) {
                    throw new IllegalArgumentException("表头“" + header + "”出现了两次");
                }
                columns.put(i, header);
            }
        }
        List<String> missing = ImportTemplate.REQUIRED.stream().filter(header -> !columns.containsValue(header)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("表头缺少：" + String.join("、", missing)
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
