package cn.grassroots.cases.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code grassroots.organization.*}.
 *
 * @param file             the organisation file synchronised at start-up (none: the identity service is left alone)
 * @param initialPasswords password of a newly created user: {@code RANDOM} (set it in Admin) or, in the demo only,
 *                         {@code USER_ID}
 */
@ConfigurationProperties("grassroots.organization")
public record OrganizationProperties(Resource file, @DefaultValue("RANDOM") InitialPasswords initialPasswords) {

    public enum InitialPasswords {
        RANDOM, USER_ID
    }
}
