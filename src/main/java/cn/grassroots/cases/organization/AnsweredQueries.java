package cn.grassroots.cases.organization;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Which task queries {@link TaskQueues} answers: those whose every field, besides the criteria the queues' table holds
 * and the machinery of running a query, is as a new query has it — compared field by field, so that a criterion a later
 * Camunda adds leaves the query to Camunda rather than being ignored.
 */
final class AnsweredQueries {

    /** Criteria the table answers; every other field of the query must be as a new query has it. */
    private static final Set<String> ANSWERED = Set.of("candidateUser", "candidateGroups", "includeAssignedTasks",
            "unassigned", "dueBefore", "dueAfter", "suspensionState", "taskDefinitionKeys", "orderingProperties",
            "initializeFormKeys", "withCommentAttachmentInfo");
    /** How the query is run rather than what it selects. */
    private static final Set<String> MACHINERY = Set.of("commandExecutor", "resultType", "expressions", "validators",
            "maxResultsLimitEnabled", "authCheck", "tenantCheck", "maxResults", "firstResult", "parameter",
            "databaseType", "cachedCandidateGroups", "cachedUserGroups", "queries",
            // they qualify the variable criteria, which must be empty
            "variableNamesIgnoreCase", "variableValuesIgnoreCase");
    private static final List<Field> FIELDS = fields();
    private static final Method EVALUATE_EXPRESSIONS = evaluateExpressionsMethod();

    private AnsweredQueries() {
    }

    /** Whether the query's expressions only set criteria the table answers. */
    static boolean expressionsAnswered(TaskQueryImpl query) {
        return query.getExpressions().keySet().stream().allMatch(AnsweredQueries::answered);
    }

    private static boolean answered(String expressionField) {
        return switch (expressionField) {
            case "taskCandidateUser", "taskCandidateGroupIn", "dueBefore", "dueAfter" -> true;
            default -> false;
        };
    }

    /** Every field of the query that this table does not answer is as a new query has it. */
    static boolean onlyAnsweredCriteria(TaskQueryImpl query) {
        TaskQueryImpl untouched = new TaskQueryImpl();
        try {
            for (Field field : FIELDS) {
                if (!ANSWERED.contains(field.getName()) && !MACHINERY.contains(field.getName())
                        && !Objects.deepEquals(criterion(field.get(query)), criterion(field.get(untouched)))) {
                    return false;
                }
            }
            return true;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    /** Empty lists of ids, keys or tenants select nothing more than none: Camunda's SQL skips them. */
    private static Object criterion(Object value) {
        if (value instanceof Object[] array && array.length == 0
                || value instanceof Collection<?> collection && collection.isEmpty()) {
            return null;
        }
        return value;
    }

    static Object fieldOf(TaskQueryImpl query, String name) {
        try {
            for (Field field : FIELDS) {
                if (field.getName().equals(name)) {
                    return field.get(query);
                }
            }
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = TaskQueryImpl.class; type != null && type != Object.class; type = type.getSuperclass()) {
            Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()))
                    .forEach(field -> {
                        field.setAccessible(true);
                        fields.add(field);
                    });
        }
        return List.copyOf(fields);
    }

    private static Method evaluateExpressionsMethod() {
        try {
            Method method = AbstractQuery.class.getDeclaredMethod("evaluateExpressions");
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Camunda's queries no longer evaluate expressions this way", e);
        }
    }

    /** Sets the query's criteria from its expressions (the current user, their groups, now), as Camunda does. */
    static void evaluateExpressions(TaskQueryImpl query) {
        try {
            EVALUATE_EXPRESSIONS.invoke(query);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
