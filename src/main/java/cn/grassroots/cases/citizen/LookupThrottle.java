package cn.grassroots.cases.citizen;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code grassroots.citizen.lookups-per-window} public lookups per client address in a sliding window of
 * {@code grassroots.citizen.lookup-window} (20 in 10 minutes): enough for a reporter, hopeless for guessing codes. Per
 * node and in memory; behind a proxy the address is the client's only with {@code server.forward-headers-strategy}.
 */
@Component
class LookupThrottle {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    LookupThrottle(@Value("${grassroots.citizen.lookups-per-window:20}") int limit,
            @Value("${grassroots.citizen.lookup-window:10m}") Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Zero when the lookup may go ahead (and is counted); otherwise how long the address must wait. */
    Duration admit(String address) {
        long now = ClockUtil.getCurrentTime().getTime();
        Deque<Long> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return Duration.ofMillis(times.peekFirst() + window.toMillis() - now).plusSeconds(1);
            }
            times.addLast(now);
            if (recent.size() > 100_000) {
                recent.entrySet().removeIf(entry -> entry.getValue().isEmpty());
            }
            return Duration.ZERO;
        }
    }
}
