package cn.gov.binzhou.nineones.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds nomination sheets the way agencies send them, and reads report workbooks back. */
public final class Sheets {

    public static final List<String> HEADERS = List.of("序号", "县市区", "企业名称", "统一社会信用代码", "行业类别", "企业地址",
            "主要负责人", "主要负责人电话", "安全联系人", "联系人电话", "联系人邮箱", "从业人数", "是否第一批试点");

    private Sheets() {
    }

    /** A complete, valid line of the template. */
    public static List<String> line(int serial, String agency, String name, String creditCode) {
        return new ArrayList<>(List.of(String.valueOf(serial), agency, name, creditCode, "机械", "滨州市渤海七路" + serial + "号",
                "王五", "13905430000", "赵六", "0543-3656013", "safety" + serial + "@example.com", "85", "否"));
    }

    public static byte[] xlsx(List<List<String>> lines) {
        return xlsx(null, lines);
    }

    /** A sheet as the notice's attachments are laid out: a title line, then the header, then the lines. */
    public static byte[] xlsx(String title, List<List<String>> lines) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("提报名单");
            List<List<String>> all = new ArrayList<>();
            if (title != null) {
                all.add(List.of(title));
            }
            all.add(HEADERS);
            all.addAll(lines);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = all.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] csv(List<List<String>> lines, Charset charset, boolean bom) {
        StringBuilder text = new StringBuilder(String.join(",", HEADERS)).append("\r\n");
        for (List<String> line : lines) {
            text.append(String.join(",", line.stream().map(v -> v == null ? "" : v).toList())).append("\r\n");
        }
        byte[] body = text.toString().getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    public static Workbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
