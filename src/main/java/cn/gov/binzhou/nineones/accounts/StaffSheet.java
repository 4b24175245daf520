package cn.gov.binzhou.nineones.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Reads the lines of a staff sheet ({@code .xlsx} or {@code .csv}), bounded while it reads: at most
 * {@value #MAX_LINES} lines (besides a few title lines and the header), {@value #MAX_COLUMNS} columns
 * and {@value #MAX_CELL} characters a cell. An {@code .xlsx} is inflated once into nothing before POI
 * opens it, so a zip bomb is refused by what it actually inflates to; its first sheet is then streamed
 * (POI's SAX API, formulas never evaluated). A {@code .csv} (UTF-8 with or without BOM, or GBK) is
 * scanned for its shape before commons-csv parses it.
 */
final class StaffSheet {

    static final int MAX_LINES = 2000;
    static final int MAX_TITLE_LINES = 5;
    static final int MAX_COLUMNS = 20;
    static final int MAX_CELL = 200;
    static final long MAX_INFLATED = 20L * 1024 * 1024;
    static final int MAX_PARTS = 100;
    static final int MAX_RATIO = 100;
    private static final int MAX_PHYSICAL_LINES = MAX_LINES + MAX_TITLE_LINES + 1;

    /** One line of the sheet: its line number as Excel or an editor shows it, and its cells from column A. */
    record Line(int number, List<String> cells) {

        String cell(int column) {
            return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }

    private StaffSheet() {
    }

    static List<Line> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (name.endsWith(".csv")) {
            return csv(content);
        }
        throw new RefusedException("只接受 .xlsx 或 .csv 文件");
    }

    // ---- xlsx

    private static List<Line> xlsx(byte[] content) {
        checkInflation(content);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RefusedException("Excel 文件中没有工作表");
            }
            Collector lines = new Collector();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg), lines, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return lines.lines;
        } catch (RefusedException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e.getCause() instanceof RefusedException refused) {
                throw refused;
            }
            throw new RefusedException("文件不是有效的 Excel 工作簿（.xlsx），请用模板另存后再导入");
        }
    }

    /** Inflates every part once, counting what it really inflates to, before anything parses it. */
    private static void checkInflation(byte[] content) {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw new RefusedException("Excel 文件超过" + MAX_PARTS + "个部件，不是导入模板");
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_INFLATED || total > (long) MAX_RATIO * content.length) {
                        throw new RefusedException("Excel 文件解压后过大（超过" + MAX_INFLATED / 1024 / 1024
                                + "MB或膨胀超过" + MAX_RATIO + "倍），不是导入模板");
                    }
                }
            }
        } catch (IOException e) {
            throw new RefusedException("文件不是有效的 Excel 工作簿（.xlsx），请用模板另存后再导入");
        }
        if (parts == 0) {
            throw new RefusedException("文件不是有效的 Excel 工作簿（.xlsx），请用模板另存后再导入");
        }
    }

    /** Collects the rows POI streams, refusing the first one, column or cell past the bounds. */
    private static final class Collector implements SheetContentsHandler {

        private final List<Line> lines = new ArrayList<>();
        private List<String> cells;
        private int number;

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            if (number > MAX_PHYSICAL_LINES || lines.size() >= MAX_PHYSICAL_LINES) {
                throw tooManyLines();
            }
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(new Line(number, List.copyOf(cells)));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            checkCell(number, column, value);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    // ---- csv

    private static List<Line> csv(byte[] content) {
        String text = decode(content);
        checkShape(text);
        List<Line> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                List<String> cells = record.toList();
                for (int column = 0; column < cells.size(); column++) {
                    checkCell(number, column, cells.get(column));
                }
                lines.add(new Line(number, List.copyOf(cells)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new RefusedException("CSV 文件格式有误（引号不成对？），请用模板另存后再导入");
        }
        return lines;
    }

    /** UTF-8 (a byte-order mark is dropped) where the bytes are valid UTF-8, else GBK as Excel saves it. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GBK"));
        }
    }

    /**
     * Counts lines, columns and cell lengths as a CSV parser would see them (quotes hide separators and
     * line breaks), before any parser builds a record: a million commas never become a million fields.
     */
    private static void checkShape(String text) {
        boolean quoted = false;
        int line = 1;
        int column = 0;
        int cellLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                column++;
                cellLength = 0;
                if (column >= MAX_COLUMNS) {
                    throw tooManyColumns(line, column);
                }
                continue;
            } else if (!quoted && c == '\n') {
                line++;
                column = 0;
                cellLength = 0;
                if (line > MAX_PHYSICAL_LINES) {
                    throw tooManyLines();
                }
                continue;
            }
            // quotes and escaped quotes count too, so a cell may hold a little more before the exact check
            if (++cellLength > 2 * MAX_CELL + 2) {
                throw tooLong(line, column);
            }
        }
    }

    // ---- bounds

    private static void checkCell(int line, int column, String value) {
        if (column >= MAX_COLUMNS) {
            throw tooManyColumns(line, column);
        }
        if (value != null && value.codePointCount(0, value.length()) > MAX_CELL) {
            throw tooLong(line, column);
        }
    }

    private static RefusedException tooManyLines() {
        return new RefusedException("一次最多导入" + MAX_LINES + "人，请拆分后分批导入");
    }

    private static RefusedException tooManyColumns(int line, int column) {
        return new RefusedException("第" + line + "行第" + (column + 1) + "列超出导入模板的范围（最多" + MAX_COLUMNS + "列）");
    }

    private static RefusedException tooLong(int line, int column) {
        return new RefusedException("第" + line + "行第" + (column + 1) + "列的内容超过" + MAX_CELL + "个字");
    }
}
