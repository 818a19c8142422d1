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
import cn.grassroots.cases.system.FieldProblem.Code;
import cn.grassroots.cases.system.InvalidRequestException;

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
        String unit = parameters.get("unit");
        if (unit != null && unit.length() > 64) {
            errors.put("unit", FieldProblem.tooLong(64));
        }
        Integer level = number(parameters, "level", null, 0, 3, errors);
        Integer firstResult = number(parameters, "firstResult", 0, 0, Integer.MAX_VALUE, errors);
        Integer maxResults = number(parameters, "maxResults", 100, 1, MAX_PAGE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("督办看板查询条件有误", errors);
        }
        return board.page(unit == null || unit.isBlank() ? null : unit, level, firstResult, maxResults);
    }

    private static Integer number(Map<String, String> parameters, String name, Integer absent, int min, int max,
            Map<String, FieldProblem> errors) {
        String text = parameters.get(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                errors.put(name, FieldProblem.of(Code.OUT_OF_RANGE, "须在 " + min + " 到 " + max + " 之间"));
            }
            return value;
        } catch (NumberFormatException notANumber) {
            errors.put(name, FieldProblem.notAWholeNumber());
            return absent;
        }
    }

    private void mayRead() {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(BOARD_GROUPS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "超期督办看板仅供分办中心、督查室和领导查看");
        }
    }
}
