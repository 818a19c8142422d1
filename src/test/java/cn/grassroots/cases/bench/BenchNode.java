package cn.grassroots.cases.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of the packaged application ({@code java -jar}) as the benchmark runs it: demo organisation without demo
 * cases, on the benchmark's database, with the JVM options the README documents. Knows how long it took to answer,
 * and what it costs: resident memory and CPU time, read from /proc.
 */
final class BenchNode {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final String name;
    private final Path log;
    private Process process;
    private int port;
    private double startSeconds;

    BenchNode(String name) {
        this.name = name;
        this.log = Path.of("target", "bench", name + ".log");
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    double startSeconds() {
        return startSeconds;
    }

    /** Starts the jar and waits until its people can use it: the welcome page answers and the dispatcher logs in. */
    BenchNode start(Path jar, String databaseUrl, String user, String password, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Duser.timezone=Asia/Shanghai", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--spring.profiles.active=demo", "--grassroots.demo.load-cases=false",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password));
        long started = System.nanoTime();
        process = new ProcessBuilder(command).directory(log.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        BenchHttp http = new BenchHttp(baseUrl());
        long deadline = started + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (http.answers("/camunda/app/welcome/default/")
                    && http.get("dispatcher", "/api/issues/SX-0000-000000").status() == 404) {
                startSeconds = (System.nanoTime() - started) / 1e9;
                return this;
            }
            Thread.sleep(200); // polling a starting process
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + "; see " + log);
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Resident memory of the node's JVM, in MB. */
    long rssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + name);
    }

    /** CPU seconds the node's JVM has used so far (user + system). */
    double cpuSeconds() throws IOException {
        return cpuSecondsOf(process.pid());
    }

    /** CPU seconds used so far by every PostgreSQL server process on this machine. */
    static double postgresCpuSeconds() throws IOException {
        double total = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if ("postgres".equals(Files.readString(dir.resolve("comm")).trim())) {
                        total += cpuSecondsOf(Long.parseLong(dir.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return total;
    }

    private static double cpuSecondsOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime, fields 14 and 15 of /proc/[pid]/stat, in clock ticks of 1/100 s
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
