package cn.grassroots.cases.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an Excel workbook, one sheet per table, streaming: only a window of rows stays in memory, the rest
 * goes to a compressed temporary file until the workbook is written out. Chinese headers in bold on a frozen first
 * row, columns as wide as their table says, days and times as real date cells, numbers as numbers.
 */
public final class XlsxWriter implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_ROWS = 1_048_575;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SXSSFWorkbook workbook = new FastZipWorkbook(ROWS_IN_MEMORY);
    private final OutputStream out;
    private final CellStyle header;
    private final CellStyle day;
    private final CellStyle time;
    private final CellStyle percent;

    public XlsxWriter(OutputStream out) {
        this.out = out;
        // the temporary sheet files stay uncompressed: gzip doubled the time of a 100,000-row export; the disk holds
        // them only while the workbook is written out
        workbook.setCompressTempFiles(false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    }

    /** Starts a sheet for the table; feed it the rows, in order. */
    public <T> Consumer<T> sheet(Table<T> table) {
        SXSSFSheet sheet = workbook.createSheet(table.name());
        Row headers = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            Table.Column<T> column = table.columns().get(i);
            Cell cell = headers.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, column.width()) * 256);
        }
        sheet.createFreezePane(0, 1);
        int[] next = {1};
        return row -> {
            if (next[0] > MAX_ROWS) {
                throw new IllegalStateException("more rows than an Excel sheet holds; narrow the filters");
            }
            Row line = sheet.createRow(next[0]++);
            for (int i = 0; i < table.columns().size(); i++) {
                write(line.createCell(i), table.columns().get(i), row);
            }
        };
    }

    private <T> void write(Cell cell, Table.Column<T> column, T row) {
        Object value = column.value().apply(row);
        if (value == null) {
            return;
        }
        switch (column.kind()) {
            case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
            case PERCENT -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(percent);
            }
            case DAY -> {
                cell.setCellValue(serial(value instanceof LocalDate date ? date.atStartOfDay()
                        : LocalDate.parse(value.toString()).atStartOfDay()));
                cell.setCellStyle(day);
            }
            case TIME -> {
                cell.setCellValue(serial(value instanceof LocalDateTime moment ? moment : minutes(value.toString())));
                cell.setCellStyle(time);
            }
            case FLAG -> cell.setCellValue(Boolean.TRUE.equals(value) ? "是" : "否");
            default -> cell.setCellValue(value.toString());
        }
    }

    /**
     * Excel's serial number of a date and time (days since 30 December 1899, the fraction the time of day), as POI
     * computes it, without its calendar arithmetic (a large export has a million dates).
     */
    static double serial(LocalDateTime moment) {
        long days = moment.toLocalDate().toEpochDay() - EXCEL_EPOCH_DAY;
        return days + moment.toLocalTime().toSecondOfDay() / 86_400.0;
    }

    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();

    /** {@code yyyy-MM-dd HH:mm}, read without a formatter (a large export has a million of them). */
    static LocalDateTime minutes(String text) {
        if (text.length() != 16 || text.charAt(4) != '-' || text.charAt(10) != ' ') {
            return LocalDateTime.parse(text, MINUTES);
        }
        return LocalDateTime.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10), Integer.parseInt(text, 11, 13, 10), Integer.parseInt(text, 14, 16, 10));
    }

    /** Writes the workbook out and deletes its temporary files. */
    @Override
    public void close() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are gone already; nothing else to release
            }
        }
    }

    /** Zips the workbook with the fastest deflate level: a large export spends seconds there, for a few percent. */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook(int rowsInMemory) {
            super(rowsInMemory);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
