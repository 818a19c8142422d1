package cn.grassroots.cases.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes a table as CSV (RFC 4180) in UTF-8 with a byte-order mark, so that Excel opens the Chinese right; rows
 * arrive one at a time and go straight out.
 */
public final class CsvWriter<T> implements Consumer<T>, AutoCloseable {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private final Table<T> table;
    private final Writer out;

    public CsvWriter(Table<T> table, OutputStream stream) {
        this.table = table;
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            out.write('\uFEFF');
            line(table.columns().stream().map(Table.Column::header).map(Object.class::cast).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(T row) {
        try {
            line(table.columns().stream().map(column -> cell(column, row)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Object cell(Table.Column<T> column, T row) {
        Object value = column.value().apply(row);
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case FLAG -> Boolean.TRUE.equals(value) ? "是" : "否";
            case PERCENT -> value instanceof Number share ? String.format("%.1f%%", share.doubleValue() * 100) : value;
            default -> value;
        };
    }

    private void line(java.util.List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(String.valueOf(cells.get(i))));
        }
        out.write("\r\n");
    }

    static String quote(String text) {
        // a leading = + - @ would make Excel read the cell as a formula (CSV injection): keep it text
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?%?")
                ? "'" + text : text;
        boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
