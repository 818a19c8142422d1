package cn.grassroots.cases.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How rows of type {@code T} become a sheet: its name and its columns, each with a Chinese header, a width in
 * characters, a kind (text, number, day, time, yes/no) and how to read it from a row.
 */
public final class Table<T> {

    public enum Kind {
        TEXT, NUMBER, DAY, TIME, FLAG, PERCENT
    }

    public record Column<T>(String header, int width, Kind kind, Function<T, Object> value) {
    }

    private final String name;
    private final List<Column<T>> columns = new ArrayList<>();

    private Table(String name) {
        this.name = name;
    }

    public static <T> Table<T> named(String name) {
        return new Table<>(name);
    }

    /** Text; a number, day ({@code yyyy-MM-dd}), time ({@code yyyy-MM-dd HH:mm}), flag or share (0..1) by kind. */
    public Table<T> column(String header, int width, Kind kind, Function<T, Object> value) {
        columns.add(new Column<>(header, width, kind, value));
        return this;
    }

    public Table<T> text(String header, int width, Function<T, Object> value) {
        return column(header, width, Kind.TEXT, value);
    }

    public String name() {
        return name;
    }

    public List<Column<T>> columns() {
        return columns;
    }
}
