package cn.grassroots.cases.inspection;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.GroupAccess;
import cn.grassroots.cases.system.InvalidRequestException;

/**
 * The rounds over HTTP. Published notices, for everyone logged in: {@code GET /api/notices}; the supervision office
 * compiles the month's round now: {@code POST /api/notices/rounds}. Spot checks, for the supervision office and
 * leaders: {@code GET /api/spot-checks}, {@code GET /api/spot-checks/{n}}, and {@code POST /api/spot-checks}
 * ({@code periodFrom}, {@code periodTo}, {@code sharePercent}) for the supervision office. Campaigns, for the
 * supervision office and leaders: {@code POST /api/campaigns} ({@code title}, {@code category}, {@code place},
 * {@code periodFrom}, {@code periodTo}) opens one, {@code GET /api/campaigns}, {@code GET /api/campaigns/{n}},
 * {@code GET /api/campaigns/options}, and a leader's 批示:
 * {@code POST /api/campaigns/{n}/instructions} ({@code instruction}). Starting is checked by the engine's
 * authorizations (403 for anyone else).
 */
@RestController
@RequestMapping("/api")
class InspectionController {

    static final Set<String> READERS = Set.of(Groups.SUPERVISION, Groups.LEADERS, Groups.ADMINISTRATORS);

    record SpotCheckRequest(String periodFrom, String periodTo, Integer sharePercent) {
    }

    record InstructionRequest(String instruction) {
    }

    record CampaignRequest(String title, String category, String place, String periodFrom, String periodTo) {
    }

    record Option(String value, String label) {
    }

    private final Notices notices;
    private final SpotCheckRecords spotChecks;
    private final CampaignBoard campaigns;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final Directory directory;

    InspectionController(Notices notices, SpotCheckRecords spotChecks, CampaignBoard campaigns, RuntimeService runtime,
            IdentityService identity, JdbcTemplate jdbc, Directory directory) {
        this.directory = directory;
        this.notices = notices;
        this.spotChecks = spotChecks;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @GetMapping("/notices")
    List<Notices.Notice> notices() {
        return notices.list();
    }

    @PostMapping("/notices/rounds")
    ResponseEntity<Map<String, String>> compileRound() {
        var round = runtime.startProcessInstanceByMessage(SupervisionRoundProcess.MESSAGE_ROUND_REQUESTED);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", round.getId()));
    }

    @GetMapping("/spot-checks")
    List<SpotCheckRecords.SpotCheck> spotChecks() {
        readerOnly();
        return spotChecks.list();
    }

    @GetMapping("/spot-checks/{checkNumber}")
    SpotCheckRecords.SpotCheck spotCheck(@PathVariable String checkNumber) {
        readerOnly();
        return spotChecks.find(checkNumber).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "没有编号为 " + checkNumber + " 的抽查"));
    }

    @PostMapping("/spot-checks")
    ResponseEntity<SpotCheckRecords.SpotCheck> startSpotCheck(@RequestBody SpotCheckRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SpotCheckProcess.Variables.PERIOD_FROM, request.periodFrom());
        variables.put(SpotCheckProcess.Variables.PERIOD_TO, request.periodTo());
        if (request.sharePercent() != null) {
            variables.put(SpotCheckProcess.Variables.SHARE_PERCENT, request.sharePercent());
        }
        String instance;
        try {
            instance = runtime.startProcessInstanceByKey(SpotCheckProcess.KEY, variables).getId();
        } catch (RuntimeException e) {
            throw invalid("抽查设置有误", e);
        }
        String number = jdbc.queryForObject("SELECT check_number FROM spot_check WHERE process_instance_id = ?",
                String.class, instance);
        return ResponseEntity.created(URI.create("/api/spot-checks/" + number)).body(spotChecks.find(number).get());
    }

    @GetMapping("/campaigns")
    List<CampaignBoard.Campaign> campaigns() {
        readerOnly();
        return campaigns.list();
    }

    /** Opens a campaign (leaders and the supervision office, by the engine's authorizations). */
    @PostMapping("/campaigns")
    ResponseEntity<CampaignBoard.Campaign> openCampaign(@RequestBody CampaignRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupervisionCampaignProcess.Variables.TITLE, request.title());
        variables.put(SupervisionCampaignProcess.Variables.CATEGORY, blank(request.category()));
        variables.put(SupervisionCampaignProcess.Variables.PLACE, blank(request.place()));
        variables.put(SupervisionCampaignProcess.Variables.PERIOD_FROM, blank(request.periodFrom()));
        variables.put(SupervisionCampaignProcess.Variables.PERIOD_TO, request.periodTo());
        String instance;
        try {
            instance = runtime.startProcessInstanceByKey(SupervisionCampaignProcess.KEY, variables).getId();
        } catch (RuntimeException e) {
            throw invalid("专项督查设置有误", e);
        }
        String number = jdbc.queryForObject(
                "SELECT campaign_number FROM supervision_campaign WHERE process_instance_id = ?", String.class, instance);
        return ResponseEntity.created(URI.create("/api/campaigns/" + number)).body(campaigns.find(number).get());
    }

    /** What a campaign can be about: the categories and the towns and villages, as people read them. */
    @GetMapping("/campaigns/options")
    Map<String, List<Option>> campaignOptions() {
        readerOnly();
        return Map.of("categories", java.util.Arrays.stream(Category.values())
                .map(category -> new Option(category.name(), category.label())).toList(),
                "places", directory.places().stream().map(place -> new Option(place.id(), place.name())).toList());
    }

    @GetMapping("/campaigns/{campaignNumber}")
    CampaignBoard.Campaign campaign(@PathVariable String campaignNumber) {
        readerOnly();
        return campaigns.find(campaignNumber).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "没有编号为 " + campaignNumber + " 的专项督查"));
    }

    @PostMapping("/campaigns/{campaignNumber}/instructions")
    ResponseEntity<CampaignBoard.Campaign> instruct(@PathVariable String campaignNumber,
            @RequestBody InstructionRequest request) {
        Authentication user = GroupAccess.require(identity, Set.of(Groups.LEADERS), "只有领导可以对专项督查作出批示");
        String text = request.instruction() == null ? "" : request.instruction().strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidRequestException("批示有误", "instruction",
                    text.isEmpty() ? FieldProblem.required() : FieldProblem.tooLong(2000));
        }
        if (!campaigns.instruct(campaignNumber, user.getUserId(), text)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + campaignNumber + " 的进行中的专项督查");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(campaigns.find(campaignNumber).get());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private void readerOnly() {
        GroupAccess.require(identity, READERS, "抽查和专项督查仅供督查室和领导查看");
    }

    /** A bad field anywhere in the cause chain is a 400 naming it; anything else goes on as it was. */
    static RuntimeException invalid(String summary, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidCaseInputException invalid) {
                return new InvalidRequestException(summary, invalid);
            }
        }
        return e;
    }
}
