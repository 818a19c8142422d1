package cn.grassroots.cases.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged application ({@code java -jar target/grassroots-cases-*.jar}) as a county would run it, started once
 * for the browser journeys: demo organisation, on the database the build names (PostgreSQL with -Ppostgres), on a free
 * port. Its log goes to target/e2e/app.log (or the node's name); a start that fails or hangs fails the journeys with the log's tail.
 */
final class PackagedApp implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final List<String> arguments;
    private final Path log;
    private Process process;
    private int port;

    /** The application, logging to target/e2e/app.log. */
    PackagedApp() {
        this("app");
    }

    /** One node of several on the same database, logging to target/e2e/{name}.log. */
    PackagedApp(String name, String... arguments) {
        this.name = name;
        this.arguments = List.of(arguments);
        this.log = Browser.OUTPUT.resolve(name + ".log");
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path jar = Path.of(required("e2e.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged application at " + jar + " (the e2e profile runs after package)");
        }
        port = freePort();
        Files.createDirectories(Browser.OUTPUT);
        Path workDir = Files.createDirectories(Browser.OUTPUT.resolve(name));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Shanghai",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + required("e2e.datasource.url"),
                "--spring.datasource.username=" + System.getProperty("e2e.datasource.username", ""),
                "--spring.datasource.password=" + System.getProperty("e2e.datasource.password", "")));
        command.addAll(arguments);
        process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        awaitStarted();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Kills the node as a power cut would: no shutdown, its locks and open transactions left as they were. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void awaitStarted() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (answers("/camunda/app/welcome/default/") && new EngineRest(baseUrl()).canLogIn("dispatcher")) {
                return;
            }
            Thread.sleep(1000); // polling a starting process, not waiting for a timer
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not start within " + START_TIMEOUT + ":\n" + logTail());
    }

    private boolean answers(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + path).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run with mvn verify -Pe2e)");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
