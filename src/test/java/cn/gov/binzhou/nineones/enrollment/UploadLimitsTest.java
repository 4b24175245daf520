package cn.gov.binzhou.nineones.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import cn.gov.binzhou.nineones.enrollment.SheetReader.SheetRow;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;

/**
 * Crafted uploads ("upload bombs") are refused while they are read, before they can exhaust memory,
 * and a sheet may still hold exactly as many lines as the import allows. Every crafted file is built
 * here, small, as an attacker would build it.
 */
@ApplicationTest
class UploadLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final String COLUMN_LIMIT = "超出导入模板的范围（最多50列）";
    private static final String ROW_LIMIT = "一次最多导入5000行，请拆分后分批导入";

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired Nominations nominations;

    private static int serial = 780_000;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void xlsxWithACellInTheLastColumnOnEveryLine_isRefusedAtTheFirstSuchCell() {
        StringBuilder rows = new StringBuilder(headerRow());
        for (int r = 2; r <= 5001; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(text("XFD" + r, "x")).append("</row>");
        }
        byte[] file = Xlsx.of(rows);
        assertThat(file.length).as("a small file").isLessThan(64 * 1024);

        Refusal refusal = Refusal.of("名单.xlsx", file);

        assertThat(refusal.message()).isEqualTo("第2行第16384列" + COLUMN_LIMIT);
    }

    @Test
    void xlsxWhoseSheetInflatesAHundredfold_isRefusedBeforeItIsParsed() {
        byte[] file = Xlsx.of(out -> {
            write(out, "<worksheet xmlns=\"" + Xlsx.MAIN + "\"><sheetData>" + headerRow());
            byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20; i++) {
                out.write(blanks);
            }
            write(out, "</sheetData></worksheet>");
        });
        assertThat(file.length).as("a small file").isLessThan(64 * 1024);

        Refusal refusal = Refusal.of("名单.xlsx", file);

        assertThat(refusal.message()).contains("xl/worksheets/sheet1.xml").contains("解压后膨胀超过50倍");
    }

    @Test
    void xlsxThatInflatesPast40Megabytes_atAnOrdinaryRatio_isRefused() {
        Random random = new Random(40);
        byte[] file = Xlsx.of(out -> {
            write(out, "<worksheet xmlns=\"" + Xlsx.MAIN + "\"><sheetData>" + headerRow());
            StringBuilder rows = new StringBuilder();
            long written = 0;
            for (int r = 2; written < 41 * 1024 * 1024; r++) {
                rows.append("<row r=\"").append(r).append("\">").append(text("B" + r, "滨城区"))
                        .append(text("C" + r, "滨州市" + Integer.toHexString(random.nextInt(0x10000)) + "化工有限公司"))
                        .append("</row>");
                if (rows.length() > 64 * 1024) {
                    byte[] chunk = rows.toString().getBytes(StandardCharsets.UTF_8);
                    out.write(chunk);
                    written += chunk.length;
                    rows.setLength(0);
                }
            }
            write(out, rows + "</sheetData></worksheet>");
        });
        assertThat(file.length).as("a file under the upload limit, inflating less than 50 times")
                .isBetween(41 * 1024 * 1024 / 50, 5 * 1024 * 1024);

        assertThat(Refusal.of("名单.xlsx", file).message()).isEqualTo("Excel 文件解压后超过40MB，请拆分后分批导入");
    }

    @Test
    void xlsxOfTooManyParts_isRefused() {
        byte[] file = Xlsx.withExtraParts(headerRow(), 200);

        assertThat(Refusal.of("名单.xlsx", file).message()).contains("超过200个部件");
    }

    @Test
    void csvOfOneMegabyteOfBlankLines_isRefusedOnceTheLinesPassTheLimit_withoutReadingThemAll() {
        byte[] file = new byte[1024 * 1024];
        Arrays.fill(file, (byte) '\n');

        Refusal refusal = Refusal.of("名单.csv", file);

        assertThat(refusal.message()).isEqualTo(ROW_LIMIT);
        // a million parsed lines cost well over 100 MB; the lines up to the limit a few MB
        assertThat(refusal.allocatedMegabytes()).isLessThan(32);
    }

    @Test
    void csvWithOneLineOfAMillionCommas_isRefusedAtTheFirstColumnPastTheLimit() {
        byte[] file = ",".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);

        Refusal refusal = Refusal.of("名单.csv", file);

        assertThat(refusal.message()).isEqualTo("第1行第51列" + COLUMN_LIMIT);
        // the parser's record of a million fields alone is 20 MB and more
        assertThat(refusal.allocatedMegabytes()).isLessThan(8);
    }

    @Test
    void csvCommasAndLineBreaksInsideQuotes_areText_notColumnsOrLines() {
        String address = "\"" + ",".repeat(100) + "\n\"\"地址\"\"\r\n\"";
        List<String> line = Sheets.line(1, "滨城区", "滨州引号有限公司", code());
        line.set(5, address);

        List<SheetRow> rows = SheetReader.read("名单.csv", Sheets.csv(List.of(line, Sheets.line(2, "滨城区", "乙", code())),
                StandardCharsets.UTF_8, true));

        assertThat(rows).extracting(SheetRow::line).containsExactly(2, 3);
        assertThat(rows.get(0).get(ImportTemplate.ADDRESS)).isEqualTo(",".repeat(100) + "\n\"地址\"\r\n");
    }

    @Test
    void aCellLongerThan2000Characters_isRefusedNamingItsLineAndColumn() {
        List<String> line = Sheets.line(1, "滨城区", "滨州长名有限公司", code());
        line.set(2, "长".repeat(2001));
        List<List<String>> lines = List.of(Sheets.line(2, "滨城区", "甲", code()), line);

        assertThat(Refusal.of("名单.xlsx", Sheets.xlsx(lines)).message()).isEqualTo("第3行第3列的内容超过2000个字");
        assertThat(Refusal.of("名单.csv", Sheets.csv(lines, StandardCharsets.UTF_8, false)).message())
                .isEqualTo("第3行第3列的内容超过2000个字");
        line.set(2, "长".repeat(2000));
        assertThat(SheetReader.read("名单.xlsx", Sheets.xlsx(lines))).hasSize(2);
    }

    @Test
    void formulas_areNeverEvaluated_aCellShowsItsCachedResultOrNothing() {
        byte[] file = Xlsx.of(new StringBuilder(headerRow())
                .append("<row r=\"2\">").append(text("B2", "滨城区"))
                .append("<c r=\"C2\" t=\"str\"><f>\"计算出的\"&amp;\"名称\"</f><v>缓存的名称</v></c>")
                .append(text("D2", "91371600MA3C000001"))
                .append("<c r=\"L2\"><f>1+1</f><v>7</v></c></row>")
                .append("<row r=\"3\">").append(text("B3", "滨城区"))
                .append("<c r=\"C3\" t=\"str\"><f>\"计算出的\"&amp;\"名称\"</f></c>")
                .append(text("D3", "91371600MA3C000002"))
                .append("<c r=\"L3\"><f>1+1</f></c></row>"));

        List<SheetRow> rows = SheetReader.read("公式.xlsx", file);

        assertThat(rows).extracting(SheetRow::line).containsExactly(2, 3);
        assertThat(rows.get(0).get(ImportTemplate.NAME)).isEqualTo("缓存的名称");
        assertThat(rows.get(0).get(ImportTemplate.EMPLOYEES)).isEqualTo("7");
        assertThat(rows.get(1).get(ImportTemplate.NAME)).isNullOrEmpty();
        assertThat(rows.get(1).get(ImportTemplate.EMPLOYEES)).isNullOrEmpty();
    }

    @Test
    void exactly5000Lines_areRead_fromXlsxAndCsv_evenBelowTenTitleLines_and5001AreRefused() {
        List<List<String>> lines = lines(5000);
        String tenTitleLines = "滨城区第二批“九个一”推进企业名单\r\n".repeat(10);

        List<SheetRow> fromXlsx = SheetReader.read("名单.xlsx", Sheets.xlsx("第二批企业名单", lines));
        List<SheetRow> fromCsv = SheetReader.read("名单.csv",
                concat(tenTitleLines.getBytes(StandardCharsets.UTF_8), Sheets.csv(lines, StandardCharsets.UTF_8, false)));

        assertThat(fromXlsx).hasSize(5000);
        assertThat(fromXlsx.get(4999).line()).isEqualTo(5002);
        assertThat(fromCsv).hasSize(5000);
        assertThat(fromCsv.get(4999).line()).isEqualTo(5011);
        List<List<String>> tooMany = lines(5001);
        assertThat(Refusal.of("名单.xlsx", Sheets.xlsx(tooMany)).message()).isEqualTo(ROW_LIMIT);
        assertThat(Refusal.of("名单.csv", Sheets.csv(tooMany, StandardCharsets.UTF_8, true)).message()).isEqualTo(ROW_LIMIT);
    }

    @Test
    void aCraftedMegabyteXlsxOverHttp_isAnswered400InSeconds_andTheServiceImportsNormallyAfterwards() {
        Campaign.today(LocalDate.of(2024, 9, 2));
        Users.ensure(identity, "upbc", "county-bincheng");
        String batch = "2024-UPLOAD";
        campaign.startBatch(batch, "上传限制测试批");
        byte[] bomb = megabyteOfLastColumnCells();
        assertThat(bomb.length).isBetween(900_000, 1_500_000);
        Api api = new Api(port, "upbc");

        long started = System.nanoTime();
        ResponseEntity<Map> refused = assertTimeoutPreemptively(QUICKLY, () -> api.importFile(batch, "名单.xlsx", bomb));
        System.out.printf("crafted xlsx of %d bytes refused over HTTP in %d ms%n", bomb.length,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("message")).isEqualTo("第2行第16384列" + COLUMN_LIMIT);
        String code = code();
        ResponseEntity<Map> normal = api.importFile(batch, "名单.xlsx",
                Sheets.xlsx(List.of(Sheets.line(1, "滨城区", "滨州上传限制测试有限公司", code))));
        assertThat(normal.getStatusCode().value()).isEqualTo(200);
        assertThat(normal.getBody()).containsEntry("imported", 1);
        assertThat(nominations.find(batch, code)).isPresent();
    }

    /** About a megabyte of rows with a cell in column XFD, random text so that it does not compress away. */
    private static byte[] megabyteOfLastColumnCells() {
        Random random = new Random(20240902);
        StringBuilder rows = new StringBuilder(headerRow());
        for (int r = 2; r <= 40_000; r++) {
            rows.append("<row r=\"").append(r).append("\">")
                    .append(text("XFD" + r, Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())))
                    .append("</row>");
        }
        return Xlsx.of(rows);
    }

    /** What a refusal said, how long it took and how much memory the reading thread allocated on the way. */
    private record Refusal(String message, long millis, long allocatedMegabytes) {

        static Refusal of(String filename, byte[] content) {
            return assertTimeoutPreemptively(QUICKLY, () -> {
                com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long started = System.nanoTime();
                try {
                    SheetReader.read(filename, content);
                } catch (cn.gov.binzhou.nineones.system.RefusedException refused) {
                    Refusal refusal = new Refusal(refused.getMessage(), (System.nanoTime() - started) / 1_000_000,
                            (threads.getCurrentThreadAllocatedBytes() - allocated) / 1024 / 1024);
                    System.out.printf("%s of %d bytes refused in %d ms, %d MB allocated: %s%n", filename, content.length,
                            refusal.millis(), refusal.allocatedMegabytes(), refusal.message());
                    return refusal;
                }
                throw new AssertionError(filename + " of " + content.length + " bytes was accepted");
            });
        }
    }

    private static List<List<String>> lines(int count) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(Sheets.line(i, "滨城区", "滨州第" + i + "号企业有限公司", code()));
        }
        return lines;
    }

    private static String code() {
        return CreditCodes.valid(serial++);
    }

    private static String headerRow() {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < Sheets.HEADERS.size(); c++) {
            row.append(text((char) ('A' + c) + "1", Sheets.HEADERS.get(c)));
        }
        return row.append("</row>").toString();
    }

    private static String text(String reference, String value) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The few parts an .xlsx needs, written by hand so that a sheet can hold whatever a test wants. */
    private static final class Xlsx {

        static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
        private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        interface SheetWriter {
            void write(OutputStream out) throws IOException;
        }

        static byte[] of(CharSequence rows) {
            return of(out -> write(out, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>"), 0);
        }

        static byte[] of(SheetWriter sheet) {
            return of(sheet, 0);
        }

        static byte[] withExtraParts(String rows, int extraParts) {
            return of(out -> write(out, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>"),
                    extraParts);
        }

        private static byte[] of(SheetWriter sheet, int extraParts) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>");
                part(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                        + OFFICE + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
                part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE + "\"><sheets>"
                        + "<sheet name=\"提报名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                        + OFFICE + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                sheet.write(zip);
                zip.closeEntry();
                for (int i = 1; i <= extraParts; i++) {
                    part(zip, "customXml/item" + i + ".xml", "<item/>");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            write(zip, xml);
            zip.closeEntry();
        }
    }
}
