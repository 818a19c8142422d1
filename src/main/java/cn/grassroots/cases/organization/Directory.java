package cn.grassroots.cases.organization;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.Places;
import cn.grassroots.cases.organization.Organization.CadreRank;
import cn.grassroots.cases.organization.Organization.UnitKind;

/**
 * The organisation as the other modules read it: units and places (towns and villages) with their names, and the
 * leading cadres with their rank. From the organisation file as last synchronised.
 */
@Component
public class Directory implements Places {

    /** A leading cadre who goes down to the grassroots. */
    public record Cadre(String id, String name, CadreRank rank) {
    }

    /** A unit of the county: a department, a town or a village; its id is its group id. */
    public record OrgPlace(String id, String name, UnitKind kind, String parentId) {

        public boolean isPlace() {
            return kind == UnitKind.TOWN || kind == UnitKind.VILLAGE;
        }
    }

    private final JdbcTemplate jdbc;

    Directory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Cadre> cadre(String userId) {
        return cadres(" AND person_id = ?", userId).stream().findFirst();
    }

    public List<Cadre> cadres() {
        return cadres("");
    }

    public Optional<OrgPlace> unit(String groupId) {
        return jdbc.query("""
                SELECT u.group_id, u.name, u.kind, p.group_id AS parent FROM org_unit u
                LEFT JOIN org_unit p ON p.code = u.parent_code WHERE u.group_id = ?""",
                (rs, n) -> new OrgPlace(rs.getString("group_id"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), rs.getString("parent")), groupId)
                .stream().findFirst();
    }

    @Override
    public boolean isPlace(String unitGroupId) {
        return unit(unitGroupId).filter(OrgPlace::isPlace).isPresent();
    }

    /** The towns and villages, towns first, each village after its town. */
    public List<OrgPlace> places() {
        return jdbc.query("""
                SELECT u.group_id, u.name, u.kind, p.group_id AS parent FROM org_unit u
                LEFT JOIN org_unit p ON p.code = u.parent_code WHERE u.kind IN ('TOWN', 'VILLAGE')
                ORDER BY COALESCE(p.code, u.code), CASE u.kind WHEN 'TOWN' THEN 0 ELSE 1 END, u.code""",
                (rs, n) -> new OrgPlace(rs.getString("group_id"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), rs.getString("parent")));
    }

    /** Every unit of the file: departments, then towns, then villages. */
    public List<OrgPlace> units() {
        return jdbc.query("""
                SELECT u.group_id, u.name, u.kind, p.group_id AS parent FROM org_unit u
                LEFT JOIN org_unit p ON p.code = u.parent_code
                ORDER BY CASE u.kind WHEN 'DEPARTMENT' THEN 0 WHEN 'TOWN' THEN 1 ELSE 2 END, u.code""",
                (rs, n) -> new OrgPlace(rs.getString("group_id"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), rs.getString("parent")));
    }

    /** A place and the places within it: a town and its villages, or a village alone. */
    public List<String> placeWithin(String groupId) {
        return jdbc.queryForList("""
                SELECT u.group_id FROM org_unit u LEFT JOIN org_unit p ON p.code = u.parent_code
                WHERE u.group_id = ? OR p.group_id = ? ORDER BY u.code""", String.class, groupId, groupId);
    }

    /** The name a person reads for a unit id (the id itself for units the file does not know). */
    public String nameOf(String groupId) {
        return unit(groupId).map(OrgPlace::name).orElse(groupId);
    }

    /** Every unit's name by its group id, for pages that show many rows. */
    public Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT group_id, name FROM org_unit", (ResultSet rs) -> {
            names.put(rs.getString("group_id"), rs.getString("name"));
        });
        return names;
    }

    /** Every person's name by login, from the organisation file. */
    public Map<String, String> personNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT person_id, name FROM org_person", (ResultSet rs) -> {
            names.put(rs.getString("person_id"), rs.getString("name"));
        });
        return names;
    }

    private List<Cadre> cadres(String condition, Object... arguments) {
        return jdbc.query("SELECT person_id, name, cadre_rank FROM org_person WHERE cadre_rank IS NOT NULL"
                + condition + " ORDER BY cadre_rank, person_id",
                (rs, n) -> new Cadre(rs.getString("person_id"), rs.getString("name"),
                        CadreRank.valueOf(rs.getString("cadre_rank"))), arguments);
    }
}
