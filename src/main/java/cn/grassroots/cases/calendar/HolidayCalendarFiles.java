package cn.grassroots.cases.calendar;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The holiday calendars: those that come with the application ({@code grassroots.calendar.files}) and those
 * the county puts in {@code grassroots.calendar.dir} (a file there wins for its year). The folder is read at
 * start and looked at every {@code grassroots.calendar.poll-interval}; when a file appears, changes or goes, the calendar counts
 * with the new schedule and {@link HolidayCalendarChanged} names the years concerned. A malformed file is reported and
 * ignored: the calendar keeps the schedule it had.
 */
@Component
public class HolidayCalendarFiles implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendarFiles.class);

    private final CalendarProperties properties;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private Map<Integer, String> loadedVersions;
    private ScheduledExecutorService watch;

    HolidayCalendarFiles(CalendarProperties properties, WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.properties = properties;
        this.calendar = calendar;
        this.events = events;
        this.loadedVersions = versions(files(properties));
    }

    /** The schedule of the files there are now. */
    static HolidaySchedule load(CalendarProperties properties) {
        return HolidaySchedule.of(files(properties).values().toArray(Resource[]::new));
    }

    /** Reads the files again if they changed since they were last read; answers whether the calendar changed. */
    public synchronized boolean reload() {
        Map<Integer, Resource> files = files(properties);
        Map<Integer, String> versions = versions(files);
        if (versions.equals(loadedVersions)) {
            return false;
        }
        HolidaySchedule schedule;
        try {
            schedule = HolidaySchedule.of(files.values().toArray(Resource[]::new));
        } catch (IllegalStateException malformed) {
            LOG.error("Holiday calendar not taken over, the calendars loaded before stay in force: {}",
                    malformed.getMessage());
            loadedVersions = versions; // reported once; a corrected file is a new version
            return false;
        }
        Set<Integer> changed = new HashSet<>(versions.keySet());
        changed.addAll(loadedVersions.keySet());
        changed.removeIf(year -> Objects.equals(versions.get(year), loadedVersions.get(year)));
        loadedVersions = versions;
        calendar.use(schedule);
        LOG.info("Holiday calendars now loaded: {} (changed: {})", schedule.years(), changed);
        events.publishEvent(new HolidayCalendarChanged(Set.copyOf(changed), schedule.years()));
        return true;
    }

    @Override
    public synchronized void start() {
        if (properties.dir().isBlank()) {
            return;
        }
        long seconds = Math.max(1, properties.pollInterval().toSeconds());
        watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "holiday-calendar-watch");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(this::reloadAndReport, seconds, seconds, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (watch != null) {
            watch.shutdownNow();
            watch = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return watch != null;
    }

    private void reloadAndReport() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.error("Reading the holiday calendars in {} failed", properties.dir(), e);
        }
    }

    private static Map<Integer, Resource> files(CalendarProperties properties) {
        Map<Integer, Resource> byYear = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(properties.files())) {
                byYear.put(HolidaySchedule.yearOf(file.getFilename()), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + properties.files(), e);
        }
        File[] own = properties.dir().isBlank() ? null
                : new File(properties.dir()).listFiles((dir, name) -> name.matches("holidays-\\d{4}\\.txt"));
        for (File file : own == null ? new File[0] : own) {
            byYear.put(HolidaySchedule.yearOf(file.getName()), new FileSystemResource(file));
        }
        return byYear;
    }

    /** What identifies the content of each year's file: its place, size and time of change. */
    private static Map<Integer, String> versions(Map<Integer, Resource> files) {
        Map<Integer, String> versions = new TreeMap<>();
        files.forEach((year, file) -> {
            try {
                versions.put(year, file.getDescription() + "|" + (file.isFile()
                        ? file.contentLength() + "|" + file.lastModified() : "built-in"));
            } catch (IOException e) {
                versions.put(year, file.getDescription() + "|unreadable");
            }
        });
        return versions;
    }
}
