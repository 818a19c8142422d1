package cn.grassroots.cases.open311;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.Labelled;
import cn.grassroots.cases.intake.IdempotentIntake;
import cn.grassroots.cases.intake.IssueRegistrationRequest;
import cn.grassroots.cases.intake.RegisteredIssue;
import cn.grassroots.cases.organization.Directory;

/**
 * Service requests of other systems as cases: a request is registered through the intake (the same rules, case numbers,
 * query codes and idempotency) as the client's user; its status is read from the ledger, and a client sees the
 * requests it submitted, never who reported them.
 */
@Service
class Open311Requests {

    /** A request the rules refused: the field (as GeoReport names it) and why. */
    static class Refused extends RuntimeException {
        Refused(String description) {
            super(description);
        }
    }

    private static final Map<String, String> FIELD_NAMES = Map.of("title", "description", "description", "description",
            "category", "service_code", "location", "address_string", "reporterName", "first_name",
            "reporterPhone", "phone", "channel", "channel");

    private final IdempotentIntake intake;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;

    Open311Requests(IdempotentIntake intake, IdentityService identity, JdbcTemplate jdbc, Directory directory,
            WorkingCalendar calendar) {
        this.intake = intake;
        this.identity = identity;
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** Registers the request; answers the case and whether it was a retry of an earlier one. */
    IdempotentIntake.Answer submit(Open311Properties.Client client, Map<String, String> params, String idempotencyKey) {
        String serviceCode = text(params, "service_code");
        if (serviceCode == null) {
            throw new Refused("service_code：不能为空");
        }
        String description = text(params, "description");
        if (description == null) {
            throw new Refused("description：不能为空");
        }
        Double latitude = coordinate(params, "lat", 90);
        Double longitude = coordinate(params, "long", 180);
        if ((latitude == null) != (longitude == null)) {
            throw new Refused("lat/long：须同时填写或同时不填");
        }
        String address = text(params, "address_string");
        if (address == null && latitude == null) {
            throw new Refused("address_string：须填写地点（address_string，或 lat 和 long）");
        }
        String name = join(text(params, "last_name"), text(params, "first_name"));
        String location = address != null ? address : "坐标 %.6f, %.6f".formatted(latitude, longitude);
        IssueRegistrationRequest request = new IssueRegistrationRequest(title(description), description,
                client.channel(), serviceCode, "NORMAL", location.length() > 100 ? location.substring(0, 100) : location,
                name, text(params, "phone"), false, null, false, null, null);
        identity.setAuthentication(client.user(), identity.createGroupQuery().groupMember(client.user()).list()
                .stream().map(Group::getId).toList());
        IdempotentIntake.Answer answer;
        try {
            answer = intake.register(idempotencyKey, request);
        } catch (cn.grassroots.cases.intake.InvalidRegistrationException e) {
            throw new Refused(String.join("；", e.errors().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(error -> FIELD_NAMES.getOrDefault(error.getKey(), error.getKey()) + "："
                            + error.getValue().text())
                    .toList()));
        } finally {
            identity.clearAuthentication();
        }
        if (!answer.repeated()) {
            jdbc.update("""
                    INSERT INTO open311_request (case_number, client, service_code, description, address_string,
                                                 latitude, longitude, requested_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", answer.issue().caseNumber(), client.name(), serviceCode,
                    description, address, latitude, longitude, new Timestamp(ClockUtil.getCurrentTime().getTime()));
        }
        return answer;
    }

    /** The answer to a submission, as GeoReport shapes it. */
    Map<String, Object> submitted(RegisteredIssue issue) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", issue.caseNumber());
        answer.put("service_notice", "已受理。问题编号 %s，查询码 %s，可凭二者在 /public/ 查询办理进度。".formatted(
                issue.caseNumber(), issue.queryCode()));
        answer.put("account_id", null);
        return answer;
    }

    /** The client's requests: by ids, or by service, status and period (default the last 90 days), newest first. */
    List<Map<String, Object>> find(String client, List<String> ids, String serviceCode, String status,
            OffsetDateTime start, OffsetDateTime end) {
        StringBuilder where = new StringBuilder("o.client = ?");
        List<Object> arguments = new ArrayList<>(List.of(client));
        if (!ids.isEmpty()) {
            where.append(" AND o.case_number IN (").append(String.join(", ", ids.stream().map(id -> "?").toList()))
                    .append(')');
            arguments.addAll(ids);
        } else {
            if (serviceCode != null) {
                where.append(" AND o.service_code = ?");
                arguments.add(serviceCode);
            }
            if ("open".equals(status)) {
                where.append(" AND l.closed_at IS NULL");
            } else if ("closed".equals(status)) {
                where.append(" AND l.closed_at IS NOT NULL");
            }
            OffsetDateTime to = end != null ? end : calendar.now().toOffsetDateTime();
            OffsetDateTime from = start != null ? start : to.minusDays(90);
            where.append(" AND o.requested_at >= ? AND o.requested_at < ?");
            arguments.add(Timestamp.from(from.toInstant()));
            arguments.add(Timestamp.from(to.toInstant()));
        }
        return jdbc.query("""
                SELECT o.case_number, o.service_code, o.description, o.address_string, o.latitude, o.longitude,
                       o.requested_at, l.status, l.responsible_unit, l.due_date, l.closed_at, l.updated_at, l.accusation
                FROM open311_request o JOIN case_ledger l ON l.case_number = o.case_number
                WHERE\s""" + where + " ORDER BY o.requested_at DESC, o.case_number DESC FETCH FIRST 1000 ROWS ONLY",
                (rs, n) -> {
                    Map<String, Object> request = new LinkedHashMap<>();
                    boolean closed = rs.getTimestamp("closed_at") != null;
                    String unit = rs.getString("responsible_unit");
                    request.put("service_request_id", rs.getString("case_number"));
                    request.put("status", closed ? "closed" : "open");
                    request.put("status_notes", STATUS_NOTES.getOrDefault(rs.getString("status"), null));
                    request.put("service_name", Labelled.labelOf(Category.class, rs.getString("service_code")));
                    request.put("service_code", rs.getString("service_code"));
                    request.put("description", rs.getString("description"));
                    request.put("agency_responsible", unit == null || rs.getBoolean("accusation") ? null
                            : directory.nameOf(unit));
                    request.put("service_notice", null);
                    request.put("requested_datetime", iso(rs.getTimestamp("requested_at")));
                    request.put("updated_datetime", iso(rs.getTimestamp("updated_at")));
                    request.put("expected_datetime", rs.getDate("due_date") == null || closed ? null
                            : iso(calendar.endOf(rs.getDate("due_date").toLocalDate())));
                    request.put("address", rs.getString("address_string"));
                    request.put("address_id", null);
                    request.put("zipcode", null);
                    request.put("lat", rs.getObject("latitude"));
                    request.put("long", rs.getObject("longitude"));
                    request.put("media_url", null);
                    return request;
                }, arguments.toArray());
    }

    private static final Map<String, String> STATUS_NOTES = Map.of("TO_SORT", "已受理", "SIGN_OFF", "已交办",
            "RESOLVING", "办理中", "PAUSED", "办理中（中止计时）", "REVIEW", "办理中", "CALLBACK", "办理中", "CLOSED", "已办结");

    private String iso(java.util.Date at) {
        return at == null ? null : at.toInstant().atZone(calendar.zone()).toOffsetDateTime().toString();
    }

    private static String title(String description) {
        String firstLine = description.strip().split("\\R", 2)[0];
        return firstLine.length() <= 30 ? firstLine : firstLine.substring(0, 29) + "…";
    }

    private static String join(String lastName, String firstName) {
        if (lastName == null && firstName == null) {
            return null;
        }
        return (lastName == null ? "" : lastName) + (firstName == null ? "" : firstName);
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Double coordinate(Map<String, String> params, String name, double limit) {
        String value = text(params, name);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number) || Math.abs(number) > limit) {
                throw new Refused(name + "：须在 -" + (int) limit + " 到 " + (int) limit + " 之间");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Refused(name + "：须为十进制数（WGS84 坐标）");
        }
    }
}
