// 考核排名 (#/assessment): the units' assessment for a period (GET /api/assessment) with counts, rates, score and rank,
// the top and bottom lists, the cases behind any figure (GET /api/assessment/cases), the cadres' visits
// (GET /api/assessment/cadres), publishing a frozen result (POST /api/assessment/publications, the supervision office
// only) and the published versions, each openable and exportable.
import {
  caseColumns, dash, el, errorBox, getJson, loading, page, percent, postJson, query, routeWithNavigation, section, table,
  useStyles
} from './gc-common.js';
import { periodPicker, periodText } from './gc-period.js';

const WEIGHT_NAMES = { response: '响应率', onTime: '按期办结率', resolution: '解决率', satisfaction: '满意率',
  returns: '退单率', redo: '重办率' };
const VISIT_TYPES = [['PUBLICIZE', '宣传政策'], ['RESEARCH', '调查研究'], ['PETITION', '信访接待'], ['ONSITE', '现场办公']];
const PARTS = { numerator: '计入该项的案件', denominator: '参与统计的全部案件' };

// the figures of a unit's row that open the cases behind them: [label, measure, field, kind]
const FIGURES = [
  ['交办件数', 'cases', 'cases', 'count'], ['响应率', 'response', 'responseRate', 'rate'],
  ['按期办结率', 'onTime', 'onTimeRate', 'rate'], ['解决率', 'resolution', 'resolutionRate', 'rate'],
  ['满意率', 'satisfaction', 'satisfactionRate', 'rate'], ['退单率', 'returns', 'returnRate', 'rate'],
  ['重办率', 'redo', 'redoRate', 'rate'], ['逾期', 'overdue', 'overdue', 'count'],
  ['督查室督办', 'supervised', 'supervised', 'count'], ['领导挂牌督办', 'leaderEscalated', 'leaderEscalated', 'count'],
  ['通报批评', 'noticed', 'noticed', 'count'], ['虚假办结', 'falseClosure', 'falseClosures', 'count']
];

function rules(assessment, frozen) {
  const weights = Object.entries(assessment.weights || {})
    .map(([key, weight]) => `${WEIGHT_NAMES[key] || key} ${Math.round(weight * 100)}%`).join('，');
  const basic = assessment.satisfactionWeights ? assessment.satisfactionWeights.basicallySatisfied : null;
  return el('p', { class: 'gc-note' }, [
    `统计期间 ${periodText(assessment.from, assessment.to)}。综合得分按权重计算：${weights}`
    + '（退单率、重办率越低得分越高）。'
    + (basic !== null && basic !== undefined ? `满意率 =（满意 + 基本满意 × ${basic}）÷ 已评价件数。` : '')
    + `办件少于 ${assessment.minimumCases} 件的单位列出但不参与排名（样本不足）。`
    + (frozen ? '' : '点击表中带下划线的数字可查看对应案件。')]);
}

function lists(assessment) {
  const names = new Map((assessment.units || []).map(unit => [unit.unit, unit.unitName]));
  const box = (title, ids, kind) => el('div', { class: `gc-list-box gc-list-${kind}` }, [
    el('h3', {}, [title]),
    ids && ids.length ? el('ol', {}, ids.map(id => el('li', {}, [names.get(id) || '—'])))
      : el('p', { class: 'gc-muted' }, ['暂无'])]);
  return el('div', { class: 'gc-lists' }, [
    box('排名靠前的单位', assessment.top, 'top'), box('排名靠后的单位', assessment.bottom, 'bottom')]);
}

function unitsTable(assessment, drill) {
  const top = new Set(assessment.top || []);
  const bottom = new Set(assessment.bottom || []);
  const figure = ([label, measure, field, kind]) => ({
    label, className: 'gc-num',
    cell: unit => {
      const text = kind === 'rate' ? percent(unit[field]) : dash(unit[field]);
      const empty = unit[field] === null || unit[field] === undefined || (kind === 'count' && unit[field] === 0);
      return drill && !empty
        ? el('a', { href: '', class: 'gc-drill', 'data-measure': measure, title: `查看${unit.unitName}${label}对应的案件`,
          onclick: event => {
            event.preventDefault();
            drill(unit, measure, label, 'numerator', kind === 'rate');
          } }, [text])
        : text;
    }
  });
  const columns = [
    { label: '排名', className: 'gc-nowrap', cell: unit => unit.ranked ? String(unit.rank)
      : el('span', { class: 'label label-default' }, [unit.note || '样本不足']) },
    { label: '责任单位', cell: unit => unit.unitName },
    ...FIGURES.map(figure),
    { label: '综合得分', className: 'gc-num', cell: unit => unit.score === null || unit.score === undefined ? '—'
      : el('strong', {}, [Number(unit.score).toFixed(1)]) }
  ];
  return table({ columns, rows: assessment.units || [], className: 'gc-assessment-table',
    rowAttributes: unit => ({ 'data-unit': unit.unit,
      class: !unit.ranked ? 'gc-unranked' : top.has(unit.unit) ? 'gc-top' : bottom.has(unit.unit) ? 'gc-bottom' : null }) });
}

function cadresTable(cadres) {
  if (!cadres || !cadres.length) {
    return el('p', { class: 'gc-empty' }, ['该期间没有干部下基层记录。']);
  }
  const count = field => ({ label: field[1], className: 'gc-num', cell: cadre => dash((cadre.visitsByType || {})[field[0]] ?? 0) });
  return table({ className: 'gc-cadres-table', rows: cadres, columns: [
    { label: '干部', cell: cadre => cadre.cadreName, className: 'gc-nowrap' },
    { label: '职级', cell: cadre => dash(cadre.rankName), className: 'gc-nowrap' },
    { label: '下基层次数', className: 'gc-num', cell: cadre => dash(cadre.visits) },
    ...VISIT_TYPES.map(count),
    { label: '应下基层次数', className: 'gc-num', cell: cadre => dash(cadre.owedVisits) },
    { label: '接访天数', className: 'gc-num', cell: cadre => dash(cadre.petitionDays) },
    { label: '收集问题', className: 'gc-num', cell: cadre => dash(cadre.issuesRaised) },
    { label: '当场解决', className: 'gc-num', cell: cadre => dash(cadre.solvedOnSpot) },
    { label: '已解决', className: 'gc-num', cell: cadre => dash(cadre.resolved) },
    { label: '满意率', className: 'gc-num', cell: cadre => percent(cadre.satisfactionRate) },
    { label: '完成情况', cell: cadre => cadre.behind
      ? el('span', { class: 'gc-behind' }, [`未达标${cadre.shortfalls && cadre.shortfalls.length ? `：${cadre.shortfalls.join('；')}` : ''}`])
      : el('span', { class: 'text-success' }, ['达标']) }
  ] });
}

function render(node) {
  useStyles();
  const { root, body } = page('考核排名', '责任单位办理情况考核、干部下基层情况及考核结果发布');
  node.append(root);
  const state = { period: null, publication: null };
  const actions = el('div', { class: 'gc-actions' });
  const picker = periodPicker(null, period => {
    state.period = period;
    state.publication = null;
    showLive();
  });
  state.period = picker.period;
  const notice = el('div');
  const content = el('div');
  const published = el('div');
  body.append(el('div', { class: 'gc-bar' }, [picker, actions]), notice, content, published);

  const exportsFor = base => [
    el('a', { class: 'btn btn-default gc-export-xlsx', href: `${base}.xlsx${query(state.publication ? {} : state.period)}`,
      download: '' }, ['导出Excel']),
    state.publication ? null : el('a', { class: 'btn btn-default gc-export-csv', href: `${base}.csv${query(state.period)}`,
      download: '' }, ['导出CSV'])].filter(Boolean);

  // the cases behind one figure, below the table
  const drillSlot = el('div');
  const drill = (unit, measure, label, part, rate) => {
    const params = { ...state.period, unit: unit.unit, measure, part };
    drillSlot.replaceChildren(section(`${unit.unitName} · ${label}`, loading()));
    drillSlot.scrollIntoView({ behavior: 'smooth', block: 'start' });
    getJson(`/api/assessment/cases${query(params)}`)
      .then(answer => {
        const toggle = el('div', { class: 'btn-group gc-part-toggle' }, Object.entries(PARTS).map(([key, text]) =>
          el('button', { type: 'button', class: `btn btn-sm ${key === part ? 'btn-primary' : 'btn-default'}`,
            onclick: () => drill(unit, measure, label, key, rate) }, [text])));
        drillSlot.replaceChildren(section(`${unit.unitName} · ${answer.measureName || label}`, [
          el('div', { class: 'gc-pager' }, [
            el('span', {}, [(rate ? `${PARTS[answer.part] || PARTS[part]}：共 ${answer.count} 件` : `共 ${answer.count} 件`)
              + (answer.listed !== undefined && answer.listed < answer.count ? `，列出最早的 ${answer.listed} 件（全部见问题台账）` : '')]),
            el('span', { class: 'gc-inline' }, [rate ? toggle : null,
              el('button', { type: 'button', class: 'btn btn-sm btn-default', onclick: () => drillSlot.replaceChildren() }, ['关闭'])])]),
          answer.rows && answer.rows.length
            ? table({ columns: caseColumns(), rows: answer.rows, className: 'gc-drill-table',
              rowAttributes: row => ({ 'data-case': row.caseNumber }) })
            : el('p', { class: 'gc-empty' }, ['没有对应的案件。'])
        ], { class: 'gc-section gc-drill-panel' }));
      })
      .catch(error => drillSlot.replaceChildren(section(`${unit.unitName} · ${label}`, errorBox(error))));
  };

  const showAssessment = (assessment, cadres, frozen) => {
    content.replaceChildren(
      section('单位考核排名', [rules(assessment, frozen), lists(assessment), unitsTable(assessment, frozen ? null : drill),
        frozen ? el('p', { class: 'gc-note' }, ['已发布的结果为发布时的数据，不再随办理情况变化；如需查看案件，请返回实时考核。']) : null]),
      drillSlot,
      section('干部下基层', cadresTable(cadres)));
  };

  const showLive = () => {
    notice.replaceChildren();
    drillSlot.replaceChildren();
    actions.replaceChildren(...exportsFor('/api/assessment'), publishButton());
    content.replaceChildren(loading());
    Promise.all([getJson(`/api/assessment${query(state.period)}`),
      getJson(`/api/assessment/cadres${query(state.period)}`).catch(error => ({ error }))])
      .then(([assessment, cadres]) => {
        showAssessment(assessment, cadres.error ? [] : cadres, false);
        if (cadres.error) {
          content.append(errorBox(cadres.error, '干部下基层情况无法加载'));
        }
      })
      .catch(error => content.replaceChildren(errorBox(error, '考核结果无法加载')));
  };

  const showPublication = item => {
    state.publication = item;
    drillSlot.replaceChildren();
    actions.replaceChildren(...exportsFor(`/api/assessment/publications/${encodeURIComponent(item.id)}`),
      el('button', { type: 'button', class: 'btn btn-default', onclick: () => {
        state.publication = null;
        showLive();
      } }, ['返回实时考核']));
    content.replaceChildren(loading());
    getJson(`/api/assessment/publications/${encodeURIComponent(item.id)}`)
      .then(frozen => {
        notice.replaceChildren(el('div', { class: 'gc-frozen' }, [
          el('strong', {}, [`正在查看已发布的考核结果：第 ${frozen.version} 版`]),
          `（统计期间 ${periodText(frozen.from, frozen.to)}；发布人 ${dash(frozen.publishedByName)}；发布时间 ${dash(frozen.publishedAt)}`
          + (frozen.reason ? `；说明：${frozen.reason}` : '') + '）。数据已冻结。']));
        showAssessment(frozen, frozen.cadres, true);
        root.scrollIntoView({ block: 'start' });
      })
      .catch(error => content.replaceChildren(errorBox(error, '已发布的考核结果无法加载')));
  };

  const showPublished = () => {
    getJson('/api/assessment/publications')
      .then(items => published.replaceChildren(section('已发布的考核结果', items.length
        ? table({ className: 'gc-publications-table', rows: items, columns: [
          { label: '版本', className: 'gc-nowrap', cell: item => el('span', {}, [`第 ${item.version} 版`,
            item.current ? el('span', { class: 'label label-success', style: 'margin-left:6px' }, ['现行']) : null]) },
          { label: '统计期间', className: 'gc-nowrap', cell: item => periodText(item.from, item.to) },
          { label: '发布人', cell: item => dash(item.publishedByName) },
          { label: '发布时间', className: 'gc-nowrap', cell: item => dash(item.publishedAt) },
          { label: '说明', cell: item => dash(item.reason) },
          { label: '操作', className: 'gc-nowrap', cell: item => el('span', { class: 'gc-inline' }, [
            el('button', { type: 'button', class: 'btn btn-default btn-sm', onclick: () => showPublication(item) }, ['查看']),
            el('a', { class: 'btn btn-default btn-sm', download: '',
              href: `/api/assessment/publications/${encodeURIComponent(item.id)}.xlsx` }, ['导出Excel'])]) }
        ] })
        : el('p', { class: 'gc-empty' }, ['尚未发布考核结果。']))))
      .catch(error => published.replaceChildren(section('已发布的考核结果', errorBox(error, '发布记录无法加载'))));
  };

  // publishing freezes the period's result as a new version; the server decides who may and when a reason is needed
  function publishButton() {
    return el('button', { type: 'button', class: 'btn btn-primary gc-publish', onclick: () => {
      const reason = el('input', { type: 'text', class: 'form-control', maxlength: '500',
        placeholder: '发布说明（该期间已发布过时必填，写明更正原因）' });
      const message = el('div');
      const submit = el('button', { type: 'submit', class: 'btn btn-primary' }, ['确认发布']);
      const form = el('form', { class: 'gc-publish-form', onsubmit: event => {
        event.preventDefault();
        submit.disabled = true;
        postJson('/api/assessment/publications', { ...state.period, reason: reason.value.trim() || null })
          .then(created => {
            notice.replaceChildren(el('div', { class: 'alert alert-success gc-published' },
              [`已发布 ${periodText(state.period.from, state.period.to)} 的考核结果`
                + (created && created.version ? `（第 ${created.version} 版）。` : '。')]));
            showPublished();
          })
          .catch(error => {
            submit.disabled = false;
            // the server's own words when it gives Chinese ones; a refusal without them is the office rule
            const words = error.status === 403 && !error.serverMessage ? '只有督查室可以发布考核结果'
              : error.status === 400 && !error.serverMessage && error.fields.includes('reason')
                ? '该期间的考核结果已发布过，再次发布须填写发布说明（写明更正原因）' : error.message;
            message.replaceChildren(el('div', { class: 'alert alert-danger gc-publish-refused' }, [`未能发布：${words}`]));
          });
      } }, [el('strong', {}, [`发布 ${periodText(state.period.from, state.period.to)} 的考核结果`]), reason, submit,
        el('button', { type: 'button', class: 'btn btn-default', onclick: () => notice.replaceChildren() }, ['取消'])]);
      notice.replaceChildren(el('div', { class: 'gc-section' }, [form, message]));
      reason.focus();
    } }, ['发布考核结果']);
  }

  showLive();
  showPublished();
}

export default routeWithNavigation({ id: 'grassroots.assessment', path: '/assessment', label: '考核排名', priority: 31, render });
