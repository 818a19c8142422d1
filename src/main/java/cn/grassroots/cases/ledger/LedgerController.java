package cn.grassroots.cases.ledger;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.exports.Attachment;
import cn.grassroots.cases.exports.CsvWriter;
import cn.grassroots.cases.exports.XlsxWriter;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.organization.Organization;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 问题清单 over HTTP: {@code GET /api/ledger} (a page as JSON, the filters of {@link LedgerFilter}),
 * {@code GET /api/ledger.csv} and {@code GET /api/ledger.xlsx} (every row the filters match). Each person reads
 * the rows of his {@link LedgerScope}; someone with none is refused (403).
 */
@RestController
class LedgerController {

    private final LedgerQueries queries;
    private final IdentityService identityService;
    private final WorkingCalendar calendar;
    private final Directory directory;

    LedgerController(LedgerQueries queries, IdentityService identityService, WorkingCalendar calendar,
            Directory directory) {
        this.directory = directory;
        this.queries = queries;
        this.identityService = identityService;
        this.calendar = calendar;
    }

    @GetMapping("/api/ledger")
    LedgerQueries.Page page(@RequestParam Map<String, String> parameters) {
        return queries.page(LedgerFilter.parse(parameters), scope());
    }

    /** The units and towns of the organisation, for the ledger's filter lists (names people read, ids to filter by). */
    @GetMapping("/api/ledger/choices")
    Map<String, Object> choices() {
        scope();
        return Map.of("units", directory.units().stream()
                        .filter(unit -> unit.kind() != Organization.UnitKind.VILLAGE)
                        .map(unit -> Map.of("id", unit.id(), "name", unit.name())).toList(),
                "towns", directory.places().stream().filter(place -> place.kind() == Organization.UnitKind.TOWN)
                        .map(town -> Map.of("id", town.id(), "name", town.name())).toList());
    }

    @GetMapping("/api/ledger.csv")
    void csv(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        LedgerFilter filter = LedgerFilter.parse(parameters).unpaged();
        LedgerScope scope = scope();
        attachment(response, CsvWriter.CONTENT_TYPE, "csv");
        try (CsvWriter<LedgerRow> csv = new CsvWriter<>(LedgerTable.TABLE, response.getOutputStream())) {
            queries.each(filter, scope, csv);
        }
    }

    @GetMapping("/api/ledger.xlsx")
    void xlsx(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        LedgerFilter filter = LedgerFilter.parse(parameters).unpaged();
        LedgerScope scope = scope();
        attachment(response, XlsxWriter.CONTENT_TYPE, "xlsx");
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream())) {
            queries.each(filter, scope, xlsx.sheet(LedgerTable.TABLE));
        }
    }

    private LedgerScope scope() {
        LedgerScope scope = LedgerScope.of(identityService.getCurrentAuthentication());
        if (!scope.readsAnything()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "问题台账仅供相关科室、责任单位（本单位的问题）和领导干部（本人下基层活动中的问题）查看");
        }
        return scope;
    }

    private void attachment(HttpServletResponse response, String contentType, String extension) {
        Attachment.prepare(response, contentType, "问题清单-" + calendar.today() + "." + extension);
    }
}
