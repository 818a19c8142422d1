// 逾期督办看板: the open cases that are warned or overdue, with unit and escalation level, on the Cockpit dashboard;
// also cases whose deadline timer the engine has stopped (its job failed three times): they escalate no further until
// somebody retries the job (Cockpit: the case's 故障 (incident), 重试; the supervision office may do it).
// Data: GET /api/supervision/overdue-cases (the webapp session authenticates it; only supervising offices may read).
const LEVELS = { 0: '预警', 1: '督查室督办', 2: '领导挂牌督办', 3: '通报批评' };
const STAGES = { SIGN_OFF: '待签收', RESOLVE: '办理中' };

function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child));
  return node;
}

function row(item) {
  const link = el('a', { href: `#/process-instance/${item.processInstanceId}/runtime`, class: 'gc-case-link' },
    [item.caseNumber]);
  const state = !item.overdue ? (item.warning ? '即将到期' : '未到期') : item.daysOverdue > 0 ? `逾期 ${item.daysOverdue} 天` : '已逾期';
  const stateCell = item.stoppedTimer
    ? [state, el('br'), el('strong', { class: 'gc-stopped-timer', style: 'color:#b5152b',
        title: '该计时器的作业已连续失败，请在案件的“故障”中重试' }, [`计时器停止：${item.stoppedTimer}`])]
    : [state];
  return el('tr', { class: item.overdue ? 'gc-overdue' : 'gc-warning', 'data-case': item.caseNumber }, [
    el('td', {}, [link]),
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

function render(container, items, filters) {
  const units = [...new Map(items.map(i => [i.responsibleUnit, i.unitName])).entries()];
  const unitSelect = el('select', { class: 'form-control gc-unit-filter' },
    [el('option', { value: '' }, ['全部单位']), ...units.map(([id, name]) => el('option', { value: id }, [name]))]);
  unitSelect.value = filters.unit;
  const levelSelect = el('select', { class: 'form-control gc-level-filter' },
    [el('option', { value: '' }, ['全部级别']), ...Object.entries(LEVELS).map(([v, n]) => el('option', { value: v }, [n]))]);
  levelSelect.value = filters.level;
  const shown = items.filter(i => (!filters.unit || i.responsibleUnit === filters.unit)
    && (filters.level === '' || String(i.escalationLevel) === filters.level));
  const redraw = () => render(container, items, { unit: unitSelect.value, level: levelSelect.value });
  unitSelect.addEventListener('change', redraw);
  levelSelect.addEventListener('change', redraw);
  const body = shown.length
    ? el('table', { class: 'cam-table gc-board-table' }, [
        el('thead', {}, [el('tr', {}, ['案件编号', '问题标题', '责任单位', '阶段', '办理期限', '逾期情况', '督办级别']
          .map(h => el('th', {}, [h])))]),
        el('tbody', {}, shown.map(row))])
    : el('p', { class: 'gc-empty' }, ['没有逾期或即将到期的问题。']);
  const overdueCount = items.filter(i => i.overdue).length;
  const warnedCount = items.filter(i => !i.overdue && i.warning).length;
  const stoppedCount = items.filter(i => i.stoppedTimer).length;
  container.replaceChildren(
    el('h3', {}, [`逾期督办看板（逾期 ${overdueCount} 件，预警 ${warnedCount} 件`
      + (stoppedCount ? `，计时器停止 ${stoppedCount} 件` : '') + '）']),
    el('div', { class: 'gc-filters', style: 'display:flex;gap:12px;max-width:480px;margin-bottom:8px' },
      [unitSelect, levelSelect]),
    body);
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
    const container = el('section', { class: 'dashboard-row gc-overdue-board' }, ['加载中…']);
    node.append(container);
    showWarnings(node);
    fetch('/api/supervision/overdue-cases', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json()
        : Promise.reject(new Error(response.status === 403 ? '无权查看督办看板' : `HTTP ${response.status}`)))
      .then(items => render(container, items, { unit: '', level: '' }))
      .catch(error => container.replaceChildren(el('p', { class: 'gc-error' }, [`逾期督办看板无法加载：${error.message}`])));
  }
};
