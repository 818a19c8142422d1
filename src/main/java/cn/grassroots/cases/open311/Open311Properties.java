package cn.grassroots.cases.open311;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The systems allowed to submit service requests ({@code grassroots.open311.clients}): each with its API key, the user
 * its requests are registered as (an engine user allowed to register cases, e.g. the dispatch office's) and the
 * channel its requests count under. No client, no submissions.
 */
@ConfigurationProperties("grassroots.open311")
public record Open311Properties(@DefaultValue List<Client> clients) {

    /** A submitting system. */
    public record Client(String name, String apiKey, String user, @DefaultValue("PETITION") String channel) {
    }
}
