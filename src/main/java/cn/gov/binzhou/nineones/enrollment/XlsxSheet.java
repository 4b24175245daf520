package cn.gov.binzhou.nineones.enrollment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

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

/**
 * Reads the first sheet of an .xlsx with POI's streaming API: the sheet's XML is parsed event by event
 * into {@link SheetLines}, which refuses what goes beyond an import, so no workbook model is ever built.
 * A formula is never evaluated: its cell gives the result Excel saved with it, or nothing.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static List<List<String>> lines(byte[] content)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IllegalStateException("no sheet");
            }
            SheetLines lines = new SheetLines();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(workbook, false), new Cells(lines), new DataFormatter(Locale.CHINA), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
            return lines.lines();
        } finally {
            workbook.revert();
        }
    }

    /** Receives POI's rows and cells; a cell without a reference follows the one before it. */
    private static final class Cells implements SheetContentsHandler {

        private final SheetLines lines;
        private int nextColumn;

        Cells(SheetLines lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            lines.startLine(rowNum);
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            // a line ends where the next one starts
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            lines.cell(column, formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }
    }
}
