package cn.gov.binzhou.nineones.enrollment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Looks inside an .xlsx before POI opens it. The file is a zip, and a small zip can hold a huge sheet
 * or one that compresses a thousandfold. The parts are inflated here into a small buffer that is
 * thrown away, counting the bytes actually inflated and the bytes of the file actually consumed (a
 * zip's headers may claim any size), and the file is refused as soon as it goes beyond what a sheet of
 * 5000 lines needs.
 *
 * <p>Measured on a 5000-line template built by the tests' Sheets helper (305 KB): 3.5 MB inflated in
 * 9 parts; the sheet and the shared strings inflate 11.7 times, the other parts at most 3.3 times.
 */
final class ZipBounds {

    /** All parts together, inflated: more than ten times a full template. */
    static final long MAX_INFLATED_BYTES = 40L * 1024 * 1024;
    /** Inflated size over compressed size of one part: four times a template's 11.7; zip bombs reach 1000. */
    static final int MAX_INFLATION = 50;
    /** Parts up to this size are not judged by their ratio (POI's own default grace). */
    static final long GRACE_BYTES = 100 * 1024;
    /** A workbook from Excel has 10 to 30 parts; more with several sheets, drawings and comments. */
    static final int MAX_PARTS = 200;

    private static final int LONGEST_NAME_SHOWN = 80;

    static {
        // POI checks again while it opens the package, on the same figures; these settings are JVM-wide
        ZipSecureFile.setMaxEntrySize(MAX_INFLATED_BYTES);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATION);
        ZipSecureFile.setGraceEntrySize(GRACE_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private ZipBounds() {
    }

    /** Refuses the file with a Chinese reason when it inflates beyond the bounds, or is no readable zip. */
    static void check(byte[] content) {
        Source source = new Source(content);
        try (ZipInputStream zip = new ZipInputStream(source)) {
            byte[] buffer = new byte[8192];
            long inflated = 0;
            int parts = 0;
            long partStart = source.consumed();
            for (ZipEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw new RefusedException("Excel 文件超过" + MAX_PARTS + "个部件，不像正常的名单表格，"
                            + "请在 Excel 中另存为新的 .xlsx 后导入");
                }
                inflated = inflate(zip, part, buffer, source, partStart, inflated);
                partStart = source.consumed();
            }
        } catch (IOException unreadable) {
            throw new RefusedException(SheetReader.UNREADABLE_XLSX);
        }
    }

    /** Inflates one part into the buffer, checking as it goes; answers the bytes inflated so far in all parts. */
    private static long inflate(ZipInputStream zip, ZipEntry part, byte[] buffer, Source source, long partStart,
            long inflatedBefore) throws IOException {
        long inflated = 0;
        for (int read = zip.read(buffer); read != -1; read = zip.read(buffer)) {
            inflated += read;
            if (inflatedBefore + inflated > MAX_INFLATED_BYTES) {
                throw new RefusedException("Excel 文件解压后超过" + MAX_INFLATED_BYTES / 1024 / 1024 + "MB，请拆分后分批导入");
            }
            // consumed bytes include the part's header and up to 512 bytes read ahead: negligible past the grace
            if (inflated > GRACE_BYTES && inflated > MAX_INFLATION * (source.consumed() - partStart)) {
                throw new RefusedException("Excel 文件中的“" + shown(part.getName()) + "”解压后膨胀超过"
                        + MAX_INFLATION + "倍，不像正常的名单表格，请在 Excel 中另存为新的 .xlsx 后导入");
            }
        }
        return inflatedBefore + inflated;
    }

    private static String shown(String name) {
        return name.length() <= LONGEST_NAME_SHOWN ? name : name.substring(0, LONGEST_NAME_SHOWN) + "…";
    }

    /** The file's bytes, telling how many the zip reader has taken so far. */
    private static final class Source extends ByteArrayInputStream {

        Source(byte[] content) {
            super(content);
        }

        long consumed() {
            return pos;
        }
    }
}
