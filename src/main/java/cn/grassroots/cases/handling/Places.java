package cn.grassroots.cases.handling;

/** The towns and villages of the organisation, which a case can be about (its {@code place}). */
public interface Places {

    boolean isPlace(String unitGroupId);
}
