package cn.grassroots.cases.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess;

/**
 * When a case is to be sorted: puts the county's current units on the sort task as the options of its unit selects
 * ({@code valuesKey: "unitOptions"}), so the form follows the organisation file. Units created by hand in Admin (group
 * type {@code UNIT}) are offered too. The towns and villages go on the sort task as the place select's options
 * ({@code placeOptions}). All are the task's own variables, gone with it: other forms show the unit by its name
 * ({@code responsibleUnitName}), and the case's history does not keep a copy of the organisation per case.
 */
@Component("unitOptionsListener")
class UnitOptionsListener implements TaskListener {

    /** The towns and villages a case can be about, for the sort form's place select (a task-local variable). */
    static final String PLACE_OPTIONS = "placeOptions";
    /** Each unit's people ({@code unit id → [{label: name, value: user id}]}) for the 责任人 select. */
    static final String UNIT_PEOPLE = "unitPeople";
    /** Each town's and village's town ({@code place id → town id}), for the sort form's accusation warning. */
    static final String TOWN_OF_PLACE = "townOfPlace";

    private final JdbcTemplate jdbc;
    private final Directory directory;

    UnitOptionsListener(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    private static Map<String, String> option(String label, String value) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> options = jdbc.query("""
                SELECT g.ID_ AS id, COALESCE(u.name, g.NAME_, g.ID_) AS name
                FROM ACT_ID_GROUP g LEFT JOIN org_unit u ON u.group_id = g.ID_
                WHERE g.TYPE_ = ?
                ORDER BY CASE u.kind WHEN 'DEPARTMENT' THEN 0 WHEN 'TOWN' THEN 1 WHEN 'VILLAGE' THEN 2 ELSE 3 END, g.ID_""",
                (rs, n) -> option(rs.getString("name"), rs.getString("id")), Unit.GROUP_TYPE);
        task.setVariableLocal(IssueHandlingProcess.Variables.UNIT_OPTIONS, json(options));
        List<Map<String, String>> places = directory.places().stream()
                .map(place -> option(place.name(), place.id())).toList();
        task.setVariableLocal(PLACE_OPTIONS, json(places));
        Map<String, List<Map<String, String>>> people = new LinkedHashMap<>();
        jdbc.query("""
                SELECT m.GROUP_ID_ AS unit, u.ID_ AS id, COALESCE(p.name, u.FIRST_, u.ID_) AS name
                FROM ACT_ID_MEMBERSHIP m JOIN ACT_ID_USER u ON u.ID_ = m.USER_ID_
                JOIN ACT_ID_GROUP g ON g.ID_ = m.GROUP_ID_ LEFT JOIN org_person p ON p.person_id = u.ID_
                WHERE g.TYPE_ = ? ORDER BY m.GROUP_ID_, u.ID_""", (java.sql.ResultSet rs) -> {
            people.computeIfAbsent(rs.getString("unit"), unit -> new java.util.ArrayList<>())
                    .add(option(rs.getString("name"), rs.getString("id")));
        }, Unit.GROUP_TYPE);
        task.setVariableLocal(UNIT_PEOPLE, json(people));
        Map<String, String> towns = new LinkedHashMap<>();
        directory.places().forEach(place -> towns.put(place.id(),
                place.kind() == Organization.UnitKind.VILLAGE && place.parentId() != null ? place.parentId() : place.id()));
        task.setVariableLocal(TOWN_OF_PLACE, json(towns));
        if (task.getVariable(IssueHandlingProcess.Variables.ASSISTING_UNITS) == null) {
            // Tasklist submits a list in the type of the variable it had, else in that of its options (unitOptions,
            // a list of label-value maps, which a list of unit ids is not): the case starts with an empty JSON list
            task.setVariable(IssueHandlingProcess.Variables.ASSISTING_UNITS,
                    org.camunda.spin.plugin.variable.SpinValues.jsonValue("[]").create());
        }
    }

    private static org.camunda.bpm.engine.variable.value.ObjectValue json(Object value) {
        return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
