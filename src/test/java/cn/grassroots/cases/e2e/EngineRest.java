package cn.grassroots.cases.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * What the journeys need to know from the running application, asked over HTTP as its people would: the case API as
 * the dispatcher, the engine REST API as the demo administrator (the same REST API Cockpit uses).
 */
final class EngineRest {

    static final String ADMIN = "demo";

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    EngineRest(String base) {
        this.base = base;
    }

    /** Registers an issue through {@code POST /api/issues} as the dispatcher; returns the case number. */
    JsonNode register(Map<String, Object> facts) {
        return send("dispatcher", "POST", "/api/issues", facts, 201);
    }

    /** Registers the issue as the dispatcher and sorts it to the roads bureau; the case then waits for its 签收. */
    JsonNode sortedToTheRoadsBureau(Map<String, Object> facts) {
        return sortedTo(facts, "unit-roads");
    }

    /** Registers the issue as the dispatcher and sorts it to {@code unit}; the case then waits for its 签收. */
    JsonNode sortedTo(Map<String, Object> facts, String unit) {
        JsonNode registered = register(facts);
        String instanceId = registered.get("processInstanceId").asText();
        awaitTask(instanceId, Elements.TASK_SORT_ISSUE);
        complete(instanceId, Elements.TASK_SORT_ISSUE, "dispatcher",
                Map.of("responsibleUnit", unit, "resolutionPath", "DIRECT"));
        awaitTask(instanceId, Elements.TASK_ACCEPT_ISSUE);
        return registered;
    }

    /** The roads bureau's handler signs the case off; it then waits at 办理. */
    void signedOffByTheRoadsBureau(String instanceId) {
        signedOffBy(instanceId, "handler-roads");
    }

    /** The unit's {@code handler} signs the case off; it then waits at 办理. */
    void signedOffBy(String instanceId, String handler) {
        complete(instanceId, Elements.TASK_ACCEPT_ISSUE, handler, Map.of("accepted", true));
        awaitTask(instanceId, Elements.TASK_RESOLVE_ISSUE);
    }

    /** Waits for the application's job executor to bring the case to {@code taskKey}. */
    void awaitTask(String instanceId, String taskKey) {
        Browser.await(() -> task(instanceId, taskKey) != null, "task " + taskKey + " in " + instanceId);
    }

    /** The process instance (running or ended) whose {@code title} variable is {@code title}, or null. */
    JsonNode instanceByTitle(String title) {
        JsonNode found = send(ADMIN, "GET", "/engine-rest/history/process-instance?processDefinitionKey="
                + "IssueHandlingProcess&variables=title_eq_" + encode(title), null, 200);
        return found.isEmpty() ? null : found.get(0);
    }

    JsonNode instance(String instanceId) {
        return send(ADMIN, "GET", "/engine-rest/history/process-instance/" + instanceId, null, 200);
    }

    /** The current value of the case's variable {@code name}. */
    JsonNode variable(String instanceId, String name) {
        return send(ADMIN, "GET", "/engine-rest/process-instance/" + instanceId + "/variables/" + name, null, 200)
                .get("value");
    }

    /** Whether the case passed through {@code activityId} (an end event, say). */
    boolean passedThrough(String instanceId, String activityId) {
        return send(ADMIN, "GET", "/engine-rest/history/activity-instance/count?processInstanceId=" + instanceId
                + "&activityId=" + activityId, null, 200).get("count").asLong() > 0;
    }

    /** Whether {@code user} can use the application yet (the organisation is loaded after the web server starts). */
    boolean canLogIn(String user) {
        try {
            send(user, "GET", "/api/issues/SX-0000-000000", null, 404);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /** The case's open task {@code taskKey}, or null. */
    JsonNode task(String instanceId, String taskKey) {
        JsonNode tasks = send(ADMIN, "GET", "/engine-rest/task?processInstanceId=" + instanceId
                + "&taskDefinitionKey=" + taskKey, null, 200);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    /** Completes the case's open task {@code taskKey} as {@code userId}, with the variables its form would submit. */
    void complete(String instanceId, String taskKey, String userId, Map<String, Object> variables) {
        JsonNode task = task(instanceId, taskKey);
        if (task == null) {
            throw new AssertionError("no open task " + taskKey + " in " + instanceId);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        send(userId, "POST", "/engine-rest/task/" + task.get("id").asText() + "/complete",
                Map.of("variables", typed), 204);
    }

    /** Executes the case's pending job at {@code activityId} now, as the job executor does when it is due. */
    void executeJob(String instanceId, String activityId) {
        send(ADMIN, "POST", "/engine-rest/job/" + pendingJob(instanceId, activityId).get("id").asText() + "/execute",
                null, 204);
    }

    /** Suspends (or activates) every job of the job definition, as the administrator can in Cockpit. */
    void suspendJobs(String jobDefinitionId, boolean suspended) {
        send(ADMIN, "PUT", "/engine-rest/job-definition/" + jobDefinitionId + "/suspended",
                Map.of("suspended", suspended, "includeJobs", true), 204);
    }

    /** Makes the job due now, as the administrator can in Cockpit; the job executor then runs it. */
    void dueNow(String jobId) {
        send(ADMIN, "PUT", "/engine-rest/job/" + jobId + "/duedate", Map.of("duedate",
                java.time.OffsetDateTime.now().minusSeconds(1).format(java.time.format.DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd'T'HH:mm:ss.SSSZ")), "cascade", false), 204);
    }

    /** The case's pending job (a timer, say) at {@code activityId}, with its {@code dueDate}. */
    JsonNode pendingJob(String instanceId, String activityId) {
        JsonNode definitions = send(ADMIN, "GET", "/engine-rest/job-definition?activityIdIn=" + activityId, null, 200);
        for (JsonNode definition : definitions) {
            JsonNode jobs = send(ADMIN, "GET", "/engine-rest/job?processInstanceId=" + instanceId + "&jobDefinitionId="
                    + definition.get("id").asText(), null, 200);
            if (!jobs.isEmpty()) {
                return jobs.get(0);
            }
        }
        throw new AssertionError("no pending job at " + activityId + " in " + instanceId);
    }

    /** {@code GET path} as {@code user}, expecting {@code status}. */
    JsonNode get(String user, String path, int status) {
        return send(user, "GET", path, null, status);
    }

    /** {@code POST path} with a JSON body as {@code user}, expecting {@code status}. */
    JsonNode post(String user, String path, Object body, int status) {
        return send(user, "POST", path, body, status);
    }

    /** The visit's open task {@code taskKey}, or null. */
    JsonNode visitTask(String instanceId, String taskKey) {
        return task(instanceId, taskKey);
    }

    private JsonNode send(String user, String method, String path, Object body, int expectedStatus) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError(method + " " + path + " as " + user + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
