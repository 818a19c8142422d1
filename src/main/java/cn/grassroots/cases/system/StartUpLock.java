package cn.grassroots.cases.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One node at a time does start-up on a database: from before the engine creates or updates its schema until the
 * organisation, grants, filters and demo are in place ({@link BeforeServingEvent}). Two nodes started at once on an
 * empty PostgreSQL database used to race on CREATE TABLE (issue 9: ENGINE-03015, the second node exited). On
 * PostgreSQL it is a session advisory lock, released when this node is done, fails or dies; on other databases (H2,
 * which one process owns) a lock within this JVM.
 */
@Component
class StartUpLock extends AbstractProcessEnginePlugin implements DisposableBean {

    /** The advisory lock's key: "Grassroots Cases start-up". */
    static final long KEY = 0x4752_4153_5354_5550L;
    private static final Logger LOG = LoggerFactory.getLogger(StartUpLock.class);
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private final DataSource dataSource;
    private Connection held;
    private boolean heldInJvm;

    StartUpLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    LOG.info("Waiting for the start-up lock on the database (another node may be starting)");
                    statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
                }
                held = connection;
            } else {
                connection.close();
                IN_THIS_JVM.lock();
                heldInJvm = true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock on the database", e);
        }
    }

    /** After every other start-up step. */
    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public synchronized void release() {
        if (held != null) {
            try (Connection connection = held; Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            } catch (SQLException e) {
                LOG.warn("Releasing the start-up lock failed; it goes with the connection", e);
            }
            held = null;
        }
        if (heldInJvm) {
            heldInJvm = false;
            IN_THIS_JVM.unlock();
        }
    }

    /** A start that failed gives the lock back too. */
    @Override
    public void destroy() {
        release();
    }
}
