package cn.grassroots.cases.merging;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.grassroots.cases.handling.CaseReopening;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.system.GroupAccess;

/**
 * 并单 over HTTP, for the offices: the open cases similar to a case ({@code GET /api/issues/{n}/similar}), the cases
 * merged into it ({@code GET /api/issues/{n}/merged}); the dispatch office undoes a merge before the master closes
 * ({@code POST /api/issues/{n}/unmerge}: the case goes back to sorting under its number).
 */
@RestController
class MergeController {

    private static final Set<String> OFFICES = Set.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS,
            Groups.ADMINISTRATORS);

    record Merged(String caseNumber, String title, String mergedAt) {
    }

    private final CaseMerging merging;
    private final CaseReopening reopening;
    private final JdbcTemplate jdbc;
    private final IdentityService identity;

    MergeController(CaseMerging merging, CaseReopening reopening, JdbcTemplate jdbc, IdentityService identity) {
        this.merging = merging;
        this.reopening = reopening;
        this.jdbc = jdbc;
        this.identity = identity;
    }

    @GetMapping("/api/issues/{caseNumber}/similar")
    List<CaseMerging.Similar> similar(@PathVariable String caseNumber) {
        only(OFFICES);
        return merging.similarTo(caseNumber);
    }

    @GetMapping("/api/issues/{caseNumber}/merged")
    List<Merged> merged(@PathVariable String caseNumber) {
        only(OFFICES);
        return jdbc.query("""
                SELECT m.case_number, l.title, m.merged_at FROM case_merge m JOIN case_ledger l ON l.case_number = m.case_number
                WHERE m.master_case_number = ? AND m.unmerged_at IS NULL ORDER BY m.merged_at""",
                (rs, n) -> new Merged(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toString().substring(0, 16)),
                caseNumber);
    }

    @PostMapping("/api/issues/{caseNumber}/unmerge")
    @Transactional
    public Map<String, String> unmerge(@PathVariable String caseNumber) {
        Authentication user = only(Set.of(Groups.DISPATCH));
        List<Map<String, Object>> merge = jdbc.queryForList("""
                SELECT m.id, m.master_case_number, l.closed_at FROM case_merge m
                JOIN case_ledger l ON l.case_number = m.master_case_number
                WHERE m.case_number = ? AND m.unmerged_at IS NULL""", caseNumber);
        if (merge.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该问题未并入其他问题");
        }
        if (merge.get(0).get("closed_at") != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "主案 " + merge.get(0).get("master_case_number")
                    + " 已办结，不能撤销并单");
        }
        String instance = reopening.afterUnmerge(caseNumber).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.CONFLICT, "该问题当前不是已并单状态"));
        jdbc.update("UPDATE case_merge SET unmerged_by = ?, unmerged_at = ? WHERE id = ?", user.getUserId(),
                new Timestamp(ClockUtil.getCurrentTime().getTime()), merge.get(0).get("id"));
        return Map.of("caseNumber", caseNumber, "processInstanceId", instance, "status", "TO_SORT");
    }

    private Authentication only(Set<String> groups) {
        return GroupAccess.require(identity, groups, "仅限分办中心等科室操作");
    }
}
