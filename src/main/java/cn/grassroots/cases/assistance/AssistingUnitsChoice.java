package cn.grassroots.cases.assistance;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.ASSISTING_UNITS;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.RESPONSIBLE_UNIT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.system.AsSystem;
import cn.grassroots.cases.system.FieldProblem;

/** 分办交办 ends: the assisting units chosen are units, not the responsible one, and few. */
@Component("assistingUnitsChoice")
class AssistingUnitsChoice implements ExecutionListener {

    /** More assisting units than this is no longer assistance but a joint case: the dispatch office coordinates it. */
    static final int MAX_ASSISTING_UNITS = 5;

    private final IdentityService identity;

    AssistingUnitsChoice(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<String> units = CaseAssistance.chosen(execution);
        if (units.size() > MAX_ASSISTING_UNITS) {
            throw new InvalidCaseInputException(ASSISTING_UNITS, FieldProblem.Code.OUT_OF_RANGE,
                    "最多选择 " + MAX_ASSISTING_UNITS + " 个协办单位；涉及更多单位的，请选择“多部门协调办理”");
        }
        Set<String> known = new HashSet<>(AsSystem.call(identity, () -> identity.createGroupQuery()
                .groupType(Groups.UNIT_GROUP_TYPE).list().stream().map(Group::getId).toList()));
        for (String unit : units) {
            if (!known.contains(unit)) {
                throw new InvalidCaseInputException(ASSISTING_UNITS, FieldProblem.unknownValue(unit));
            }
            if (unit.equals(execution.getVariable(RESPONSIBLE_UNIT))) {
                throw new InvalidCaseInputException(ASSISTING_UNITS, FieldProblem.Code.NOT_ALLOWED,
                        "责任单位不能同时是协办单位");
            }
        }
    }
}
