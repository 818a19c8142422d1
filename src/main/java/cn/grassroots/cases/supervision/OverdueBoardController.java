package cn.grassroots.cases.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.InvalidRequestException;
import cn.grassroots.cases.system.QueryParameters;

/**
 * Data of the Cockpit overdue board, for the offices that supervise: dispatch, supervision, leaders and
 * administrators. {@code GET /api/supervision/overdue-board} pages it (what the Cockpit page reads);
 * {@code GET /api/supervision/overdue-cases?unit=&level=} answers every row at once.
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

    /** The most rows one page of the board holds. */
    static final int MAX_PAGE = 200;

    @GetMapping("/overdue-cases")
    List<OverdueCase> overdueCases(@RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer level) {
        mayRead();
        return board.list(unit == null || unit.isBlank() ? null : unit, level);
    }

    /**
     * The board as the Cockpit page reads it, one page at a time ({@code firstResult}, {@code maxResults} ≤ 200,
     * default 100), with the counts of the whole board: at a county's volume the warned and overdue cases run into
     * thousands, more than a page can show or a browser needs to fetch at once.
     */
    @GetMapping("/overdue-board")
    OverdueBoardPage overdueBoard(@RequestParam Map<String, String> parameters) {
        mayRead();
        Map<String, FieldProblem> errors = new LinkedHashMap<>();
        QueryParameters read = new QueryParameters(parameters, errors);
        String unit = read.text("unit");
        Integer level = read.text("level") == null ? null : read.number("level", 0, 0, 3);
        int firstResult = read.number("firstResult", 0, 0, Integer.MAX_VALUE);
        int maxResults = read.number("maxResults", 100, 1, MAX_PAGE);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("督办看板查询条件有误", errors);
        }
        return board.page(unit, level, firstResult, maxResults);
    }

    private void mayRead() {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(BOARD_GROUPS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "超期督办看板仅供分办中心、督查室和领导查看");
        }
    }
}
