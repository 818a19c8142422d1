package cn.grassroots.cases.supervision;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;

/**
 * Data of the Cockpit overdue board ({@code GET /api/supervision/overdue-cases?unit=&level=}), for the offices
 * that supervise: dispatch, supervision, leaders and administrators.
 */
@RestController
@RequestMapping("/api/supervision")
class OverdueBoardController {

    static final Set<String> BOARD_GROUPS = Set.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS, "camunda-admin");

    private final OverdueBoard board;
    private final IdentityService identityService;

    OverdueBoardController(OverdueBoard board, IdentityService identityService) {
        this.board = board;
        this.identityService = identityService;
    }

    @GetMapping("/overdue-cases")
    List<OverdueCase> overdueCases(@RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer level) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(BOARD_GROUPS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "超期督办看板仅供分办中心、督查室和领导查看");
        }
        return board.list(unit == null || unit.isBlank() ? null : unit, level);
    }
}
