package cn.grassroots.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty database of the kind the suite runs on (H2 in memory, or a new database on the PostgreSQL server of
 * {@code -Ppostgres}), for tests that start the application on nothing, as a county's first start does. Dropped on
 * {@link #close()}.
 */
public final class FreshDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;
    private final String url;

    private FreshDatabase(String serverUrl, String name, String url) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.url = url;
    }

    public static FreshDatabase create() {
        String suiteUrl = System.getProperty("spring.datasource.url", "jdbc:h2:mem:grassroots-test");
        String name = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!suiteUrl.startsWith("jdbc:postgresql:")) {
            return new FreshDatabase(null, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        String server = suiteUrl.substring(0, suiteUrl.lastIndexOf('/') + 1);
        execute(suiteUrl, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return new FreshDatabase(suiteUrl, name, server + name);
    }

    public String url() {
        return url;
    }

    public String username() {
        return System.getProperty("spring.datasource.username", "sa");
    }

    public String password() {
        return System.getProperty("spring.datasource.password", "");
    }

    @Override
    public void close() {
        if (serverUrl != null) {
            execute(serverUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            execute(url, "SHUTDOWN");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url,
                System.getProperty("spring.datasource.username", "sa"),
                System.getProperty("spring.datasource.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }
}
