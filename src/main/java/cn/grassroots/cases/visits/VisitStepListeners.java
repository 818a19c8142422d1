package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.system.FieldProblem.Code;
import cn.grassroots.cases.visits.VisitRegister.Event;

/**
 * Checks of what the cadre and the supervision office submit on the visit's tasks, each on its task's end (as the
 * issue process does, ADR 0001): a bad value is answered 400 naming the field and nothing is kept.
 */
@Configuration
class VisitStepListeners {

    static final int SUMMARY_MAX = 2000;
    static final int REPORT_MIN = 20;
    static final int REPORT_MAX = 10000;

    /** 开展下基层活动: the day it took place (not in the future), how many people were met, what was done. */
    @Bean("visitCarriedOut")
    ExecutionListener visitCarriedOut(WorkingCalendar calendar, VisitDeadlines deadlines, VisitRegister register) {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            LocalDate actual = CaseInput.requiredDate(execution, ACTUAL_DATE);
            if (actual.isAfter(calendar.today())) {
                throw new InvalidCaseInputException(ACTUAL_DATE, Code.OUT_OF_RANGE, "不能晚于今天");
            }
            int peopleMet = CaseInput.requiredCount(execution, PEOPLE_MET);
            if (peopleMet < 0 || peopleMet > 100_000) {
                throw new InvalidCaseInputException(PEOPLE_MET, Code.OUT_OF_RANGE, "须在 0 到 100000 之间");
            }
            CaseInput.requiredText(execution, VISIT_SUMMARY, SUMMARY_MAX);
            execution.setVariable(ACTUAL_DATE, actual.toString());
            execution.setVariable(PEOPLE_MET, peopleMet);
            LocalDate reportDue = deadlines.reportDueDay(execution, actual);
            execution.setVariable(REPORT_DUE_DATE, reportDue.toString());
            register.carriedOut(execution, actual, peopleMet, reportDue);
        };
    }

    /** 报送活动纪要: the 纪要 or 调研报告 itself. */
    @Bean("visitReported")
    ExecutionListener visitReported(VisitRegister register) {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            String report = CaseInput.requiredText(execution, REPORT_TEXT, REPORT_MAX);
            if (report.length() < REPORT_MIN) {
                throw new InvalidCaseInputException(REPORT_TEXT, Code.TOO_SHORT, "不能少于 " + REPORT_MIN + " 个字");
            }
            register.reported(execution);
        };
    }

    /** 督促: what the supervision office told the cadre. */
    @Bean("visitSupervised")
    ExecutionListener visitSupervised(VisitRegister register) {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            CaseInput.requiredText(execution, SUPERVISE_NOTE, 1000);
            register.event(execution, GrassrootsVisitProcess.Elements.TASK_SUPERVISE_REPORT
                    .equals(execution.getCurrentActivityId()) ? Event.REPORT_SUPERVISED : Event.SUPERVISED);
        };
    }
}
