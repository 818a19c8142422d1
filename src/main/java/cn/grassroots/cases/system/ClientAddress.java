package cn.grassroots.cases.system;

/**
 * The address of the client whose request the current thread serves (set by {@link LoginThrottleFilter}), so the
 * engine's password check can count failures per address. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that this is the client's, not the proxy's.
 */
final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    static String current() {
        return CURRENT.get();
    }

    static void set(String address) {
        CURRENT.set(address);
    }

    static void clear() {
        CURRENT.remove();
    }
}
