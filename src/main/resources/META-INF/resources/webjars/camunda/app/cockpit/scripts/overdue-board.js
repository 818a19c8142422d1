// 逾期督办看板: the open cases that are warned or overdue, with unit and escalation level, on the Cockpit dashboard;
// per unit, how many of its cases are overdue or warned (a click shows only that unit); each case number opens
// 案件详情, and a small link beside it Cockpit's own process-instance view.
// Also cases whose deadline timer the engine has stopped (its job failed three times): they escalate no further until
// somebody retries the job (Cockpit: the case's 故障 (incident), 重试; the supervision office may do it).
// Data: GET /api/supervision/overdue-board, a page of 100 rows at a time with the whole board's counts (the webapp
// session authenticates it; only supervising offices may read).
import { caseHref, el, errorBox, getJson, query, useStyles } from './gc-common.js';

const LEVELS = { 0: '预警', 1: '督查室督办', 2: '领导挂牌督办', 3: '通报批评' };
const STAGES = { SORT: '已退单，待重新分办', SIGN_OFF: '待签收', RESOLVE: '办理中', PAUSED: '已中止（中止计时）' };

function row(item) {
  const link = el('a', { href: caseHref(item.caseNumber), class: 'gc-case-link', title: '查看案件详情' }, [item.caseNumber]);
  const instance = el('a', { href: `#/process-instance/${item.processInstanceId}/runtime`, class: 'gc-instance-link',
    title: '在流程监控中查看该案件的流程实例（处理故障、重试计时器）' }, ['流程']);
  const state = !item.overdue ? (item.warning ? '即将到期' : '未到期') : item.daysOverdue > 0 ? `逾期 ${item.daysOverdue} 天` : '已逾期';
  const stateCell = item.stoppedTimer
    ? [state, el('br'), el('strong', { class: 'gc-stopped-timer', style: 'color:#b5152b',
        title: '该计时器的作业已连续失败，请在案件的“故障”中重试' }, [`计时器停止：${item.stoppedTimer}`])]
    : [state];
  return el('tr', { class: item.overdue ? 'gc-overdue' : 'gc-warning', 'data-case': item.caseNumber }, [
    el('td', { class: 'gc-nowrap' }, [link, instance]),
    el('td', {}, item.visitNumber
      ? [item.title, el('br'), el('small', { class: 'gc-visit', title: '该问题在下基层活动中收集' }, [`下基层活动 ${item.visitNumber}`])]
      : [item.title]),
    el('td', { 'data-unit': item.responsibleUnit || '' }, [item.unitName || '']),
    el('td', {}, [STAGES[item.stage] || item.stage]),
    el('td', {}, [item.dueDate || '']),
    el('td', { class: 'gc-days' }, stateCell),
    el('td', { 'data-level': String(item.escalationLevel) }, [LEVELS[item.escalationLevel] || String(item.escalationLevel)])
  ]);
}

// one button per unit with its overdue and warned cases, the most overdue first; a click filters the board to it
function unitCounts(units, filters, choose) {
  const sorted = [...units].sort((a, b) => b.overdue - a.overdue || b.warned - a.warned
    || (a.unitName || '').localeCompare(b.unitName || '', 'zh'));
  return el('div', { class: 'gc-unit-counts' }, sorted.map(count => {
    const unit = count.unit || '';
    const selected = filters.unit === unit;
    return el('button', {
      type: 'button',
      class: `gc-unit-count${selected ? ' gc-selected' : ''}`,
      'data-count-unit': unit,
      title: selected ? '再次点击显示全部单位' : '只看该单位',
      onclick: () => choose(selected ? '' : unit)
    }, [
      el('strong', {}, [count.unitName || '未分办']),
      el('span', {}, [el('span', { class: count.overdue ? 'gc-count-overdue' : '' }, [`逾期 ${count.overdue} 件`]),
        `　预警 ${count.warned} 件`])
    ]);
  }));
}

const PAGE = 100;

// one page of the board for the unit and level chosen (the counts above it are the whole board's)
function load(filters, firstResult = 0) {
  return getJson('/api/supervision/overdue-board' + query({
    unit: filters.unit, level: filters.level, firstResult, maxResults: PAGE }));
}

function render(container, board, filters) {
  const choose = chosen => load(chosen).then(next => render(container, next, chosen))
    .catch(error => container.replaceChildren(errorBox(error, '逾期督办看板')));
  const unitSelect = el('select', { class: 'form-control gc-unit-filter',
    onchange: () => choose({ unit: unitSelect.value, level: levelSelect.value }) },
    [el('option', { value: '' }, ['全部单位']),
      ...board.units.map(count => el('option', { value: count.unit || '' }, [count.unitName || '未分办']))]);
  unitSelect.value = filters.unit;
  const levelSelect = el('select', { class: 'form-control gc-level-filter',
    onchange: () => choose({ unit: unitSelect.value, level: levelSelect.value }) },
    [el('option', { value: '' }, ['全部级别']), ...Object.entries(LEVELS).map(([v, n]) => el('option', { value: v }, [n]))]);
  levelSelect.value = filters.level;
  const tbody = el('tbody', {}, board.rows.map(row));
  const more = el('div', { class: 'gc-board-more' });
  let shown = board.rows.length;
  const showMore = () => {
    more.replaceChildren();
    if (shown >= board.total) {
      return;
    }
    more.append(el('button', { type: 'button', class: 'btn btn-default gc-board-next', onclick: () => {
      more.replaceChildren(el('span', {}, ['加载中…']));
      load(filters, shown).then(next => {
        tbody.append(...next.rows.map(row));
        shown += next.rows.length;
        showMore();
      }).catch(error => more.replaceChildren(errorBox(error, '逾期督办看板')));
    } }, [`显示更多（已显示 ${shown} 件，共 ${board.total} 件）`]));
  };
  showMore();
  const body = board.total
    ? [el('table', { class: 'cam-table gc-board-table' }, [
        el('thead', {}, [el('tr', {}, ['案件编号', '问题标题', '责任单位', '阶段', '办理期限', '逾期情况', '督办级别']
          .map(h => el('th', {}, [h])))]),
        tbody]), more]
    : [el('p', { class: 'gc-empty' }, ['没有逾期或即将到期的问题。'])];
  container.replaceChildren(
    el('h3', {}, [`逾期督办看板（逾期 ${board.overdue} 件，预警 ${board.warned} 件`
      + (board.stopped ? `，计时器停止 ${board.stopped} 件` : '') + '）']),
    board.units.length ? unitCounts(board.units, filters, unit => choose({ unit, level: levelSelect.value })) : null,
    el('div', { class: 'gc-filters', style: 'display:flex;gap:12px;max-width:480px;margin-bottom:8px' },
      [unitSelect, levelSelect]),
    ...body);
}

// What the people running the system must act on (e.g. next year's holiday calendar is missing): a red notice.
function showWarnings(node) {
  fetch('/api/system/warnings', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => response.ok ? response.json() : [])
    .then(warnings => warnings.forEach(warning => node.prepend(el('div', {
      class: 'alert alert-danger gc-system-warning', 'data-code': warning.code }, [warning.message]))))
    .catch(() => {});
}

export default {
  id: 'grassroots.overdueBoard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    useStyles();
    const container = el('section', { class: 'dashboard-row gc-overdue-board' }, ['加载中…']);
    node.append(container);
    showWarnings(node);
    const filters = { unit: '', level: '' };
    load(filters)
      .then(board => render(container, board, filters))
      .catch(error => container.replaceChildren(el('p', { class: 'gc-error' }, [`逾期督办看板无法加载：${error.message}`])));
  }
};
