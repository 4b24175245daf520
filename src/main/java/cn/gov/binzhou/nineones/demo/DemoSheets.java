package cn.gov.binzhou.nineones.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.binzhou.nineones.demo.DemoEnterprises.DemoEnterprise;
import cn.gov.binzhou.nineones.enrollment.ImportTemplate;

/** Nomination sheets of the import template (DESIGN §5) from generated enterprises: .xlsx and .csv. */
final class DemoSheets {

    static final Charset GBK = Charset.forName("GBK");

    private DemoSheets() {
    }

    static byte[] csv(List<DemoEnterprise> enterprises, Charset charset) {
        StringBuilder csv = new StringBuilder(String.join(",", ImportTemplate.HEADERS)).append("\r\n");
        for (List<String> line : lines(enterprises)) {
            csv.append(String.join(",", line.stream().map(DemoSheets::quoted).toList())).append("\r\n");
        }
        return csv.toString().getBytes(charset);
    }

    static byte[] xlsx(List<DemoEnterprise> enterprises) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("提报名单");
            write(sheet.createRow(0), ImportTemplate.HEADERS);
            int n = 1;
            for (List<String> line : lines(enterprises)) {
                write(sheet.createRow(n++), line);
            }
            for (int column = 0; column < ImportTemplate.HEADERS.size(); column++) {
                sheet.setColumnWidth(column, column == 2 || column == 5 ? 40 * 256 : 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static List<List<String>> lines(List<DemoEnterprise> enterprises) {
        List<List<String>> lines = new ArrayList<>();
        int serial = 1;
        for (DemoEnterprise e : enterprises) {
            lines.add(List.of(String.valueOf(serial++), e.agencyName(), e.name(), e.creditCode(), e.industry(),
                    e.address(), e.principal(), e.principalPhone(), e.safetyContact(), e.contactPhone(),
                    e.contactEmail() == null ? "" : e.contactEmail(), String.valueOf(e.employees()),
                    e.firstBatchPilot() ? "是" : "否"));
        }
        return lines;
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
