package cn.grassroots.cases.visits;

import java.util.Map;

import cn.grassroots.cases.handling.Channel;

/** The four kinds of going down to the grassroots (四下基层), in the words people read. */
final class VisitTypes {

    private static final Map<String, String> LABELS = Map.of(
            Channel.PUBLICIZE.name(), "宣传政策",
            Channel.RESEARCH.name(), "调查研究",
            Channel.PETITION.name(), "信访接待",
            Channel.ONSITE.name(), "现场办公");

    private VisitTypes() {
    }

    static boolean isType(String value) {
        return value != null && LABELS.containsKey(value);
    }

    static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }
}
