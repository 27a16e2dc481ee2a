// Over 300 lines on purpose: one reader of both formats (XLSX streamed, CSV) and their refusals, keeping Apache POI in this file.
package pl.wspolnie.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.TooLargeException;

/**
 * Reads an uploaded spreadsheet into rows of text: the first sheet of an XLSX workbook (streamed, so a large
 * sheet is not held in memory as a model) or a CSV file in UTF-8, with or without a byte order mark, separated
 * by {@code ;} or {@code ,} (whichever the header row uses more). The header is the first row that is not blank;
 * blank rows are skipped; row numbers are those a spreadsheet program shows. Anything that is not such a file is
 * refused as a whole, naming the field {@code file}. Apache POI is used only here.
 */
final class SpreadsheetRows {

    enum Format { XLSX, CSV }

    /** One row below the header: its number as a spreadsheet program shows it, and its cells as text. */
    record Row(int number, List<String> cells) {
    }

    record Sheet(Format format, int headerRow, List<String> header, List<Row> rows) {
    }

    static final String FIELD = "file";

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetRows() {
    }

    static Sheet read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw refused("is empty");
        }
        if (startsWith(content, ZIP)) {
            return xlsx(content, maxRows);
        }
        if (startsWith(content, OLE2)) {
            throw refused("is an old Excel workbook (.xls) or a password-protected one: save it as .xlsx or as CSV UTF-8");
        }
        return csv(content, maxRows);
    }

    // ---- XLSX -------------------------------------------------------------------------------------------

    private static Sheet xlsx(byte[] content, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("wspolnie-import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw refused("cannot be read as an XLSX workbook: it has no sheet");
                }
                var collector = new Collector(Format.XLSX, maxRows);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                            new ReadOnlySharedStringsTable(pkg), new SheetRows(collector), new PlainNumbers(), false));
                    parser.parse(new InputSource(sheet));
                }
                return collector.sheet();
            }
        } catch (InvalidInputException | TooLargeException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException
                 | javax.xml.parsers.ParserConfigurationException
                 | IllegalArgumentException | IllegalStateException e) {
            throw refused("cannot be read as an XLSX workbook (" + e.getClass().getSimpleName() + ")");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    /** Collects the cells of each row of a streamed sheet; missing cells become empty text. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Collector collector;
        private List<String> cells = new ArrayList<>();

        SheetRows(Collector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            collector.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(plain(value));
        }

        private static String plain(String value) {
            if (value != null && value.matches("^-?[0-9]+(\\.[0-9]+)?E-?[0-9]+$")) {
                return new BigDecimal(value).stripTrailingZeros().toPlainString();
            }
            return value == null ? "" : value;
        }
    }

    /**
     * Numbers as plain decimals ({@code 851000}, {@code 12500.5}), never as the cell's display format would show
     * them ({@code 851 000,00 zł}): the rules read amounts and years, not their presentation.
     */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return plain(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return plain(value);
        }

        private static String plain(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    // ---- CSV --------------------------------------------------------------------------------------------

    private static Sheet csv(byte[] content, int maxRows) {
        byte[] bytes = startsWith(content, BOM) ? Arrays.copyOfRange(content, BOM.length, content.length) : content;
        for (byte b : bytes) {
            if (b == 0) {
                throw refused("is neither an XLSX workbook nor a CSV text file");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("is not text in UTF-8: save it as \"CSV UTF-8\" or as .xlsx");
        }
        char separator = separator(text);
        var collector = new Collector(Format.CSV, maxRows);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int rowStart = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        row++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                collector.add(rowStart, cells);
                cells = new ArrayList<>();
                row++;
                rowStart = row;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw refused("has a quotation mark that is not closed (row " + rowStart + ")");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            collector.add(rowStart, cells);
        }
        return collector.sheet();
    }

    /** The separator the header row (the first line that is not blank) uses more: {@code ;} or {@code ,}. */
    static char separator(String content) {
        String text = content.stripLeading();
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    // ---- both -------------------------------------------------------------------------------------------

    /** Keeps the header (the first row that is not blank) and the rows that are not blank, up to the limit. */
    private static final class Collector {

        private final Format format;
        private final int maxRows;
        private int headerRow;
        private List<String> header;
        private final List<Row> rows = new ArrayList<>();

        Collector(Format format, int maxRows) {
            this.format = format;
            this.maxRows = maxRows;
        }

        void add(int number, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (header == null) {
                headerRow = number;
                header = cells.stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
                return;
            }
            if (rows.size() == maxRows) {
                throw new TooLargeException(FIELD, "has more than " + maxRows + " rows of proposals; split it into files of at most "
                        + maxRows + " rows");
            }
            rows.add(new Row(number, List.copyOf(cells)));
        }

        Sheet sheet() {
            if (header == null) {
                throw refused("has no rows");
            }
            return new Sheet(format, headerRow, header, List.copyOf(rows));
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
