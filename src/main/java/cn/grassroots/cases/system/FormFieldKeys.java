package cn.grassroots.cases.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The keys a person can fill in on a Camunda Form (a {@code .form} file): every field with a key that is neither
 * disabled nor read-only, groups included. Disabled fields show case facts; form-js never submits them.
 */
public final class FormFieldKeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFieldKeys() {
    }

    public static Set<String> settable(InputStream form) {
        try (form) {
            Set<String> keys = new TreeSet<>();
            collect(JSON.readTree(form).path("components"), keys);
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read a deployed form", e);
        }
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            boolean locked = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
            if (component.hasNonNull("key") && !locked) {
                keys.add(component.get("key").asText());
            }
            collect(component.path("components"), keys);
        }
    }
}
