package cn.grassroots.cases.organization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * H2's triggers for {@link TaskQueues}' table (migration V27): a candidate link of a task added or removed adds
 * or removes its row; a task's deadline, assignee, suspension or key changed updates its rows; a task deleted removes
 * them.
 * PostgreSQL does the same in its trigger functions. Columns are found by name, not position.
 */
public class TaskQueueTriggers implements Trigger {

    private static final List<String> QUEUED = List.of("DUE_DATE_", "ASSIGNEE_", "SUSPENSION_STATE_", "CREATE_TIME_",
            "TASK_DEF_KEY_", "PROC_DEF_ID_");

    private final Map<String, Integer> columns = new HashMap<>();
    private boolean links;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        links = table.equalsIgnoreCase("ACT_RU_IDENTITYLINK");
        try (ResultSet found = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (found.next()) {
                columns.put(found.getString("COLUMN_NAME").toUpperCase(), found.getInt("ORDINAL_POSITION") - 1);
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
        if (links) {
            linkChanged(connection, before, after);
        } else {
            taskChanged(connection, before, after);
        }
    }

    private void linkChanged(Connection connection, Object[] before, Object[] after) throws SQLException {
        if (before != null && value(before, "TASK_ID_") != null) {
            update(connection, "DELETE FROM task_queue WHERE link_id = ?", value(before, "ID_"));
        }
        if (after == null || value(after, "TASK_ID_") == null || !"candidate".equals(value(after, "TYPE_"))) {
            return;
        }
        Object group = value(after, "GROUP_ID_");
        Object user = value(after, "USER_ID_");
        if (group == null && user == null) {
            return;
        }
        update(connection, """
                INSERT INTO task_queue (link_id, task_id, candidate, due_date, created, assigned, suspended, task_key,
                                        proc_def_id, assignee)
                SELECT ?, ID_, ?, DUE_DATE_, CREATE_TIME_, ASSIGNEE_ IS NOT NULL, SUSPENSION_STATE_ = 2, TASK_DEF_KEY_,
                       PROC_DEF_ID_, ASSIGNEE_
                FROM ACT_RU_TASK WHERE ID_ = ?""",
                value(after, "ID_"), group != null ? "g:" + group : "u:" + user, value(after, "TASK_ID_"));
    }

    private void taskChanged(Connection connection, Object[] before, Object[] after) throws SQLException {
        if (after == null) {
            update(connection, "DELETE FROM task_queue WHERE task_id = ?", value(before, "ID_"));
            return;
        }
        if (QUEUED.stream().allMatch(column -> Objects.equals(value(before, column), value(after, column)))) {
            return; // the engine rewrites every column of a task it updates
        }
        Object suspension = value(after, "SUSPENSION_STATE_");
        update(connection, """
                UPDATE task_queue SET due_date = ?, created = ?, assigned = ?, suspended = ?, task_key = ?,
                    proc_def_id = ?, assignee = ?
                WHERE task_id = ?""",
                value(after, "DUE_DATE_"), value(after, "CREATE_TIME_"), value(after, "ASSIGNEE_") != null,
                suspension != null && ((Number) suspension).intValue() == 2, value(after, "TASK_DEF_KEY_"),
                value(after, "PROC_DEF_ID_"), value(after, "ASSIGNEE_"), value(after, "ID_"));
    }

    private Object value(Object[] row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalStateException("task queue trigger: no column " + column);
        }
        return row[index];
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
