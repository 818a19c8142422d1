package cn.grassroots.cases.organization;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import cn.grassroots.cases.organization.Organization.CadreRank;
import cn.grassroots.cases.organization.Organization.OrgUnit;
import cn.grassroots.cases.organization.Organization.Person;
import cn.grassroots.cases.organization.Organization.Role;
import cn.grassroots.cases.organization.Organization.UnitKind;

/**
 * Reads the organisation file (YAML). Every problem is reported with the file name and line, e.g.
 * {@code county.yaml line 14: person 'handler-x' names unknown unit 'rods'}.
 */
public final class OrganizationFileReader {

    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,48}";

    private final String fileName;

    private OrganizationFileReader(String fileName) {
        this.fileName = fileName;
    }

    public static Organization read(Resource file) {
        OrganizationFileReader reader = new OrganizationFileReader(file.getFilename());
        try (Reader text = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(text);
            return reader.organization(root);
        } catch (MarkedYAMLException e) {
            throw reader.problem(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read organisation file " + file.getDescription(), e);
        }
    }

    private Organization organization(Node root) {
        if (!(root instanceof MappingNode mapping)) {
            throw problem(root, "the file must have 'units' and 'people'");
        }
        Map<String, Node> sections = fields(mapping, Set.of("units", "people"));
        List<OrgUnit> units = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node node : list(sections.get("units"), "units", root)) {
            OrgUnit unit = unit(node);
            if (!codes.add(unit.code())) {
                throw problem(node, "unit code '" + unit.code() + "' appears twice");
            }
            units.add(unit);
        }
        for (int i = 0; i < units.size(); i++) {
            String parent = units.get(i).parent();
            if (parent != null && !codes.contains(parent)) {
                throw problem(list(sections.get("units"), "units", root).get(i),
                        "unit '" + units.get(i).code() + "' names unknown parent '" + parent + "'");
            }
        }
        List<Person> people = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : list(sections.get("people"), "people", root)) {
            Person person = person(node, codes);
            if (!ids.add(person.id())) {
                throw problem(node, "person id '" + person.id() + "' appears twice");
            }
            people.add(person);
        }
        return new Organization(List.copyOf(units), List.copyOf(people));
    }

    private OrgUnit unit(Node node) {
        Map<String, Node> fields = fields(mapping(node, "a unit"), Set.of("code", "name", "kind", "parent"));
        String code = id(fields, "code", node);
        String name = text(fields, "name", node, true);
        String kind = text(fields, "kind", node, true);
        try {
            return new OrgUnit(code, name, UnitKind.valueOf(kind), text(fields, "parent", node, false));
        } catch (IllegalArgumentException e) {
            throw problem(fields.get("kind"), "unit '" + code + "' has unknown kind '" + kind
                    + "' (DEPARTMENT, TOWN or VILLAGE)");
        }
    }

    private Person person(Node node, Set<String> unitCodes) {
        Map<String, Node> fields = fields(mapping(node, "a person"),
                Set.of("id", "name", "phone", "units", "roles", "rank"));
        String id = id(fields, "id", node);
        String name = text(fields, "name", node, true);
        String phone = text(fields, "phone", node, false);
        List<String> units = new ArrayList<>();
        for (Node unit : list(fields.get("units"), "units", node)) {
            String code = scalar(unit, "a unit code");
            if (!unitCodes.contains(code)) {
                throw problem(unit, "person '" + id + "' names unknown unit '" + code + "'");
            }
            units.add(code);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Node role : list(fields.get("roles"), "roles", node)) {
            String value = scalar(role, "a role");
            try {
                roles.add(Role.valueOf(value.toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw problem(role, "person '" + id + "' has unknown role '" + value
                        + "' (handler, head, dispatch, supervision, leaders or cadre)");
            }
        }
        if (roles.isEmpty()) {
            throw problem(node, "person '" + id + "' needs at least one role");
        }
        if ((roles.contains(Role.HANDLER) || roles.contains(Role.HEAD)) && units.isEmpty()) {
            throw problem(node, "person '" + id + "' is a handler or head but belongs to no unit");
        }
        return new Person(id, name, phone, List.copyOf(units), Set.copyOf(roles), rank(fields, id, roles, node));
    }

    private CadreRank rank(Map<String, Node> fields, String id, Set<Role> roles, Node node) {
        String rank = text(fields, "rank", node, false);
        if (!roles.contains(Role.CADRE)) {
            if (rank != null) {
                throw problem(fields.get("rank"), "person '" + id + "' has a rank but not the role cadre");
            }
            return null;
        }
        if (rank == null) {
            throw problem(node, "person '" + id + "' is a cadre and needs a rank "
                    + "(COUNTY_LEADER, TOWN_LEADER or DEPARTMENT_HEAD)");
        }
        try {
            return CadreRank.valueOf(rank);
        } catch (IllegalArgumentException e) {
            throw problem(fields.get("rank"), "person '" + id + "' has unknown rank '" + rank
                    + "' (COUNTY_LEADER, TOWN_LEADER or DEPARTMENT_HEAD)");
        }
    }

    private Map<String, Node> fields(MappingNode mapping, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a field name");
            if (!allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown field '" + key + "' (expected one of " + allowed + ")");
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw problem(node, "expected " + what + " with named fields");
    }

    private List<Node> list(Node node, String what, Node owner) {
        if (node == null || (node instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        throw problem(node, "'" + what + "' must be a list");
    }

    private String id(Map<String, Node> fields, String name, Node owner) {
        String id = text(fields, name, owner, true);
        if (!id.matches(ID_PATTERN)) {
            throw problem(fields.get(name), "'" + id + "' is not a valid " + name
                    + " (lower-case letters, digits and '-', at most 49 characters)");
        }
        return id;
    }

    private String text(Map<String, Node> fields, String name, Node owner, boolean required) {
        Node node = fields.get(name);
        if (node == null || (node instanceof ScalarNode scalar && (scalar.getValue().isBlank()
                || "null".equals(scalar.getValue())))) {
            if (required) {
                throw problem(owner, "'" + name + "' is missing");
            }
            return null;
        }
        return scalar(node, "'" + name + "'").strip();
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw problem(node, "expected " + what + " as plain text");
    }

    private IllegalStateException problem(Node node, String message) {
        return problem(node == null ? 0 : node.getStartMark().getLine() + 1, message);
    }

    private IllegalStateException problem(int line, String message) {
        return new IllegalStateException("Organisation file " + fileName + (line > 0 ? " line " + line : "")
                + ": " + message);
    }
}
