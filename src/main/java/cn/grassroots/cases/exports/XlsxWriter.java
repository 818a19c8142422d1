package cn.grassroots.cases.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

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

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final OutputStream out;
    private final CellStyle header;
    private final CellStyle day;
    private final CellStyle time;
    private final CellStyle percent;

    public XlsxWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
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
                cell.setCellValue(value instanceof LocalDate date ? date : LocalDate.parse(value.toString()));
                cell.setCellStyle(day);
            }
            case TIME -> {
                cell.setCellValue(value instanceof LocalDateTime moment ? moment
                        : LocalDateTime.parse(value.toString(), MINUTES));
                cell.setCellStyle(time);
            }
            case FLAG -> cell.setCellValue(Boolean.TRUE.equals(value) ? "是" : "否");
            default -> cell.setCellValue(value.toString());
        }
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
}
