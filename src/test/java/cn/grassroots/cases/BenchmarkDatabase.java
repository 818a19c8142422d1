package cn.grassroots.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A benchmark's own database on the PostgreSQL server of {@code -Pbenchmark}: created empty (or kept, to top it up)
 * and made the application's database by setting {@code spring.datasource.url} before the context starts.
 */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    /** Uses the database {@code name}, created anew unless {@code reuse} and it exists. */
    public static void use(String name, boolean reuse) {
        String url = System.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("the benchmark runs on PostgreSQL: mvn -B -ntp test -Pbenchmark");
        }
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server + "postgres",
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password", ""));
                Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
            if (!exists || !reuse) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the benchmark database " + name, e);
        }
        System.setProperty("spring.datasource.url", server + name);
    }
}
