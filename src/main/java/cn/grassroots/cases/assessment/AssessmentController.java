package cn.grassroots.cases.assessment;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.grassroots.cases.exports.Attachment;
import cn.grassroots.cases.exports.CsvWriter;
import cn.grassroots.cases.exports.XlsxWriter;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.ledger.LedgerQueries;
import cn.grassroots.cases.ledger.LedgerScope;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;
import cn.grassroots.cases.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 考核排名 over HTTP: the units' figures for a period ({@code GET /api/assessment}, {@code .xlsx}, {@code .csv}), the
 * cases behind any figure ({@code /cases}), the cadres' table ({@code /cadres}), and published assessments
 * ({@code /publications}, published by the supervision office). The offices read every unit; a unit's people their
 * own unit's figures and cases; a cadre his own row of the cadres' table.
 */
@RestController
@RequestMapping("/api")
class AssessmentController {

    record PublishRequest(String from, String to, String reason) {
    }

    private final Assessments assessments;
    private final CadreAssessments cadres;
    private final Publications publications;
    private final Charts charts;
    private final IdentityService identityService;
    private final ObjectMapper json;

    AssessmentController(Assessments assessments, CadreAssessments cadres, Publications publications, Charts charts,
            IdentityService identityService, ObjectMapper json) {
        this.charts = charts;
        this.assessments = assessments;
        this.cadres = cadres;
        this.publications = publications;
        this.identityService = identityService;
        this.json = json;
    }

    @GetMapping("/assessment")
    Assessment assessment(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to);
        return visible(assessments.assess(period.from(), period.to()));
    }

    @GetMapping("/assessment.xlsx")
    void xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        Period period = Period.parse(from, to);
        Assessment assessment = visible(assessments.assess(period.from(), period.to()));
        List<CadreFigures> cadreFigures = everything() ? cadres.assess(period.from(), period.to()) : List.of();
        Attachment.prepare(response, XlsxWriter.CONTENT_TYPE, fileName(period, "xlsx"));
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream())) {
            assessment.units().forEach(xlsx.sheet(AssessmentTables.UNITS));
            if (everything()) {
                cadreFigures.forEach(xlsx.sheet(AssessmentTables.CADRES));
            }
        }
    }

    @GetMapping("/assessment.csv")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        Period period = Period.parse(from, to);
        Assessment assessment = visible(assessments.assess(period.from(), period.to()));
        Attachment.prepare(response, CsvWriter.CONTENT_TYPE, fileName(period, "csv"));
        try (CsvWriter<UnitFigures> csv = new CsvWriter<>(AssessmentTables.UNITS, response.getOutputStream())) {
            assessment.units().forEach(csv);
        }
    }

    /** The cases counted in one figure of one unit: all those it counts (denominator) or those that count for it. */
    @GetMapping("/assessment/cases")
    Map<String, Object> behind(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String part) {
        Period period = Period.parse(from, to);
        Map<String, FieldProblem> errors = new java.util.LinkedHashMap<>();
        Measure counted = Measure.of(measure);
        if (counted == null) {
            String allowed = String.join("、", java.util.Arrays.stream(Measure.values())
                    .map(m -> m.code + " " + m.label).toList());
            errors.put("measure", FieldProblem.of(measure == null || measure.isBlank() ? Code.REQUIRED
                    : Code.UNKNOWN_VALUE, "须为以下之一：" + allowed));
        }
        if (unit == null || unit.isBlank()) {
            errors.put("unit", FieldProblem.required());
        }
        if (part != null && !part.equals("numerator") && !part.equals("denominator")) {
            errors.put("part", FieldProblem.of(Code.UNKNOWN_VALUE, "须为 numerator（计入的问题）或 denominator（全部问题）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("查询条件有误", errors);
        }
        LedgerScope scope = scope();
        if (!scope.everything() && !scope.units().contains(unit)) {
            throw forbidden("责任单位只能查看本单位考核数据所涉及的问题");
        }
        boolean numerator = "numerator".equals(part);
        LedgerQueries.Page rows = assessments.behind(period.from(), period.to(), unit, counted, numerator);
        return Map.of("measure", counted.code, "measureName", counted.label,
                "part", numerator ? "numerator" : "denominator", "count", rows.total(), "rows", rows.rows(),
                "listed", rows.rows().size());
    }

    /** The charts page's figures; for the offices. */
    @GetMapping("/charts")
    Map<String, Object> charts(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        requireEverything();
        return charts.charts(Period.parse(from, to));
    }

    @GetMapping("/assessment/cadres")
    List<CadreFigures> cadres(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to);
        Authentication person = identityService.getCurrentAuthentication();
        if (everything()) {
            return cadres.assess(period.from(), period.to());
        }
        List<CadreFigures> own = cadres.assess(period.from(), period.to()).stream()
                .filter(cadre -> person != null && cadre.cadre().equals(person.getUserId())).toList();
        if (own.isEmpty()) {
            throw forbidden("领导干部考核表仅供相关科室查看；领导干部只能查看本人的数据");
        }
        return own;
    }

    @PostMapping("/assessment/publications")
    ResponseEntity<Publications.Publication> publish(@RequestBody PublishRequest request) {
        Authentication person = identityService.getCurrentAuthentication();
        if (!inGroup(person, Groups.SUPERVISION) && !inGroup(person, Groups.ADMINISTRATORS)) {
            throw forbidden("只有督查室可以发布考核结果");
        }
        Period period = Period.parse(request.from(), request.to());
        Publications.Publication published = publications.publish(period, request.reason(), person.getUserId());
        return ResponseEntity.created(URI.create("/api/assessment/publications/" + published.id())).body(published);
    }

    @GetMapping("/assessment/publications")
    List<Publications.Publication> publications() {
        requireEverything();
        return publications.list();
    }

    @GetMapping("/assessment/publications/{id}")
    ResponseEntity<JsonNode> publication(@PathVariable long id) {
        requireEverything();
        return ResponseEntity.of(publications.find(id));
    }

    @GetMapping("/assessment/publications/{id}.xlsx")
    void publicationXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        requireEverything();
        JsonNode frozen = publications.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<UnitFigures> units = List.of(json.treeToValue(frozen.path("units"), UnitFigures[].class));
        List<CadreFigures> cadreFigures = List.of(json.treeToValue(frozen.path("cadres"), CadreFigures[].class));
        Attachment.prepare(response, XlsxWriter.CONTENT_TYPE, "考核结果-" + frozen.path("from").asText() + "至"
                + frozen.path("to").asText() + "-第" + frozen.path("version").asInt() + "版.xlsx");
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream())) {
            Consumer<UnitFigures> unitSheet = xlsx.sheet(AssessmentTables.UNITS);
            units.forEach(unitSheet);
            Consumer<CadreFigures> cadreSheet = xlsx.sheet(AssessmentTables.CADRES);
            cadreFigures.forEach(cadreSheet);
        }
    }

    /** The offices read every unit; a unit's people their own units (without the others' ranking lists). */
    private Assessment visible(Assessment assessment) {
        LedgerScope scope = scope();
        if (scope.everything()) {
            return assessment;
        }
        return new Assessment(assessment.from(), assessment.to(), assessment.weights(),
                assessment.satisfactionWeights(), assessment.minimumCases(), assessment.units().stream()
                        .filter(unit -> scope.units().contains(unit.unit())).toList(), List.of(), List.of());
    }

    private LedgerScope scope() {
        LedgerScope scope = LedgerScope.of(identityService.getCurrentAuthentication());
        if (!scope.everything() && scope.units().isEmpty()) {
            throw forbidden("考核结果仅供相关科室查看，责任单位只能查看本单位的数据");
        }
        return scope;
    }

    private boolean everything() {
        return LedgerScope.of(identityService.getCurrentAuthentication()).everything();
    }

    private void requireEverything() {
        if (!everything()) {
            throw forbidden("仅供分办中心、督查室和领导办公室查看");
        }
    }

    private static boolean inGroup(Authentication person, String group) {
        return person != null && person.getGroupIds() != null && person.getGroupIds().contains(group);
    }

    private static String fileName(Period period, String extension) {
        return "考核排名-" + period.from() + "至" + period.to() + "." + extension;
    }

    private static ResponseStatusException forbidden(String message) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, message);
    }
}
