package cn.gov.binzhou.nineones.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes report sheets: a title, Chinese headers, then rows. Text is always a text cell, and text
 * that a spreadsheet could take for a formula ({@code = + - @}) is marked as quoted text. Rows are
 * streamed (POI's SXSSF, a window of {@value #ROWS_IN_MEMORY} rows per sheet), so a sheet of 20,000
 * enterprises neither fills the heap nor takes seconds.
 */
final class Workbooks {

    static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new FastDeflating(ROWS_IN_MEMORY);
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle number;

    Workbooks() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        text = bordered();
        quotedText = bordered();
        quotedText.setQuotePrefixed(true);
        number = bordered();
        number.setAlignment(HorizontalAlignment.RIGHT);
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Adds a sheet with a merged title row and a header row; returns it for rows to follow. */
    Sheet sheet(String name, String titleText, List<String> headers) {
        Sheet sheet = workbook.createSheet(name);
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(titleText);
        titleCell.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        Row row = sheet.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.max(8, headers.get(i).length() * 3 + 4) * 256);
        }
        sheet.createFreezePane(0, 2);
        return sheet;
    }

    /** Appends a row of values: numbers become number cells, everything else text cells. */
    void row(Sheet sheet, List<?> values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else {
                String s = value == null ? "" : value.toString();
                cell.setCellValue(s);
                cell.setCellStyle(looksLikeFormula(s) ? quotedText : text);
            }
        }
    }

    void widen(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Zips the workbook at the fastest deflate level: a sheet of 20,000 rows is mostly repeated XML, which the
     * fastest level still shrinks well, in a fraction of the default level's time.
     */
    private static final class FastDeflating extends SXSSFWorkbook {

        FastDeflating(int rowsInMemory) {
            super(rowsInMemory);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
