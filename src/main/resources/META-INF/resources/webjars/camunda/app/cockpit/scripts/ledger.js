// 台账 (#/ledger): every case, open and closed, from GET /api/ledger with filters, search, sorting and paging; the
// same filters download the ledger as Excel or CSV (/api/ledger.xlsx, /api/ledger.csv). Filters come from the
// route's query (e.g. #/ledger?unit=unit-roads&overdue=true, as the charts link here) or else from this tab's last
// visit to the page.
import {
  caseColumns, el, errorBox, getJson, hashParams, loading, page, query, routeWithNavigation, table, useStyles
} from './gc-common.js';

const CATEGORIES = [['ROADS_TRAFFIC', '道路交通'], ['WATER', '供水排水与水利'], ['CIVIL_AFFAIRS', '民政救助'],
  ['LABOR_SOCIAL_SECURITY', '劳动就业与社会保障'], ['LAND_HOUSING', '土地房屋'], ['ENVIRONMENT', '生态环境'],
  ['AGRICULTURE', '农业农村'], ['POLICY_INQUIRY', '政策咨询'], ['OTHER', '其他']];
const CHANNELS = [['PUBLICIZE', '宣传政策下基层'], ['RESEARCH', '调查研究下基层'], ['PETITION', '信访接待下基层'],
  ['ONSITE', '现场办公下基层']];
const STATUSES = [['OPEN', '未办结（全部）'], ['TO_SORT', '待分办'], ['SIGN_OFF', '待签收'], ['RESOLVING', '办理中'], ['PAUSED', '已中止'],
  ['REVIEW', '待审核'], ['CALLBACK', '待回访'], ['CLOSED', '已办结'], ['MERGED', '已并单']];
const YES_NO = [['true', '是'], ['false', '否']];
const FILTER_NAMES = ['from', 'to', 'unit', 'town', 'category', 'channel', 'status', 'overdue', 'escalated', 'q'];
const PAGE_SIZES = [20, 50, 100];
const STORAGE_KEY = 'grassroots.ledger.state';
const DEFAULT_STATE = { filters: {}, sort: { key: 'registeredAt', order: 'desc' }, firstResult: 0, maxResults: 20 };

// the organisation's units and towns, for the filter lists: read once per page load
let choicesPromise = null;

function choices() {
  if (!choicesPromise) {
    choicesPromise = getJson('/api/ledger/choices').then(answer => {
      const pairs = list => list.map(item => [item.id, item.name]);
      return { units: pairs(answer.units), towns: pairs(answer.towns) };
    }).catch(error => {
      choicesPromise = null;
      throw error;
    });
  }
  return choicesPromise;
}

function initialState() {
  const fromRoute = hashParams();
  if (FILTER_NAMES.some(name => fromRoute[name])) {
    const filters = Object.fromEntries(FILTER_NAMES.filter(name => fromRoute[name]).map(name => [name, fromRoute[name]]));
    return { ...DEFAULT_STATE, filters };
  }
  try {
    return { ...DEFAULT_STATE, ...JSON.parse(sessionStorage.getItem(STORAGE_KEY) || '{}') };
  } catch (broken) {
    return { ...DEFAULT_STATE };
  }
}

function select(name, label, options, value) {
  const node = el('select', { class: 'form-control', name, 'aria-label': label },
    [el('option', { value: '' }, [`${label}：全部`]), ...options.map(([code, text]) => el('option', { value: code }, [text]))]);
  node.value = value || '';
  return node;
}

function field(label, control) {
  return el('div', { class: 'gc-field' }, [el('label', {}, [label]), control]);
}

function filterForm(state, lists, apply) {
  const f = state.filters;
  const controls = {
    from: el('input', { type: 'date', class: 'form-control', name: 'from', value: f.from || '' }),
    to: el('input', { type: 'date', class: 'form-control', name: 'to', value: f.to || '' }),
    unit: select('unit', '责任单位', lists.units, f.unit),
    town: select('town', '乡镇', lists.towns, f.town),
    category: select('category', '问题类别', CATEGORIES, f.category),
    channel: select('channel', '来源渠道', CHANNELS, f.channel),
    status: select('status', '状态', STATUSES, f.status),
    overdue: select('overdue', '逾期', YES_NO, f.overdue),
    escalated: select('escalated', '已督办', YES_NO, f.escalated),
    q: el('input', { type: 'search', class: 'form-control gc-search', name: 'q', value: f.q || '',
      placeholder: '案件编号或标题关键词' })
  };
  const read = () => Object.fromEntries(Object.entries(controls).map(([name, control]) => [name, control.value.trim()])
    .filter(([, value]) => value));
  Object.entries(controls).forEach(([name, control]) => {
    if (name !== 'q') {
      control.addEventListener('change', () => apply(read()));
    }
  });
  const form = el('form', { class: 'gc-ledger-filters', onsubmit: event => {
    event.preventDefault();
    apply(read());
  } }, [
    el('div', { class: 'gc-filter-row' }, [
      field('登记日期', el('div', { class: 'gc-inline' }, [controls.from, el('span', { class: 'gc-muted' }, ['至']), controls.to])),
      field('责任单位', controls.unit), field('乡镇', controls.town), field('问题类别', controls.category),
      field('来源渠道', controls.channel)]),
    el('div', { class: 'gc-filter-row' }, [
      field('状态', controls.status), field('逾期', controls.overdue), field('已督办', controls.escalated),
      field('查找', el('div', { class: 'gc-inline' }, [controls.q,
        el('button', { type: 'submit', class: 'btn btn-primary' }, ['查询']),
        el('button', { type: 'button', class: 'btn btn-default', onclick: () => apply({}) }, ['清空条件'])]))])
  ]);
  return form;
}

function exportButtons(state) {
  const params = query({ ...state.filters, sort: state.sort.key, order: state.sort.order });
  return el('div', { class: 'gc-actions' }, [
    el('a', { class: 'btn btn-default gc-export-xlsx', href: `/api/ledger.xlsx${params}`, download: '' }, ['导出Excel']),
    el('a', { class: 'btn btn-default gc-export-csv', href: `/api/ledger.csv${params}`, download: '' }, ['导出CSV'])
  ]);
}

function pager(answer, state, go) {
  const first = answer.total === 0 ? 0 : answer.firstResult + 1;
  const last = Math.min(answer.firstResult + answer.rows.length, answer.total);
  const pageCount = Math.max(1, Math.ceil(answer.total / state.maxResults));
  const current = Math.floor(answer.firstResult / state.maxResults) + 1;
  const size = el('select', { class: 'form-control gc-page-size', 'aria-label': '每页件数',
    onchange: event => go({ maxResults: Number(event.target.value), firstResult: 0 }) },
  PAGE_SIZES.map(n => el('option', { value: String(n) }, [`每页 ${n} 件`])));
  size.value = String(state.maxResults);
  return el('div', { class: 'gc-pager' }, [
    el('span', {}, [`共 ${answer.total} 件，当前显示第 ${first}–${last} 件（第 ${current} / ${pageCount} 页）`]),
    el('span', { class: 'gc-inline' }, [
      el('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: current <= 1,
        onclick: () => go({ firstResult: 0 }) }, ['首页']),
      el('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: current <= 1,
        onclick: () => go({ firstResult: Math.max(0, answer.firstResult - state.maxResults) }) }, ['上一页']),
      el('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: current >= pageCount,
        onclick: () => go({ firstResult: answer.firstResult + state.maxResults }) }, ['下一页']),
      el('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: current >= pageCount,
        onclick: () => go({ firstResult: (pageCount - 1) * state.maxResults }) }, ['末页']),
      size])
  ]);
}

function render(node) {
  useStyles();
  const { root, body } = page('问题台账', '全部问题（在办与已办结），可按条件筛选、排序并导出');
  node.append(root);
  let state = initialState();
  const filtersSlot = el('div', {}, [loading('正在加载筛选条件…')]);
  const toolbar = el('div', { class: 'gc-toolbar' });
  const results = el('div', { class: 'gc-results' }, [loading()]);
  body.append(filtersSlot, toolbar, results);
  let request = 0;

  const show = () => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    toolbar.replaceChildren(exportButtons(state));
    const mine = ++request;
    results.classList.add('gc-stale');
    getJson(`/api/ledger${query({ ...state.filters, sort: state.sort.key, order: state.sort.order,
      firstResult: state.firstResult, maxResults: state.maxResults })}`)
      .then(answer => {
        if (mine !== request) {
          return;
        }
        const go = change => {
          state = { ...state, ...change };
          show();
        };
        const onSort = key => go({ sort: { key, order: state.sort.key === key && state.sort.order === 'desc' ? 'asc' : 'desc' },
          firstResult: 0 });
        results.replaceChildren(
          pager(answer, state, go),
          answer.rows.length
            ? table({ columns: caseColumns(), rows: answer.rows, sort: state.sort, onSort, className: 'gc-ledger-table',
              rowAttributes: row => ({ 'data-case': row.caseNumber, class: row.overdue ? 'gc-row-overdue' : null }) })
            : el('p', { class: 'gc-empty' }, ['没有符合条件的问题。']),
          answer.rows.length > 10 ? pager(answer, state, go) : null);
      })
      .catch(error => mine === request && results.replaceChildren(errorBox(error, '台账无法加载')))
      .finally(() => results.classList.remove('gc-stale'));
  };

  const apply = filters => {
    state = { ...state, filters, firstResult: 0 };
    filtersSlot.replaceChildren(filterForm(state, lists, apply));
    show();
  };
  let lists = { units: [], towns: [] };
  choices()
    .then(found => {
      lists = found;
    })
    .catch(() => {
      // the lists stay empty: the table says why the ledger cannot be read
    })
    .finally(() => filtersSlot.replaceChildren(filterForm(state, lists, apply)));
  show();
}

export default routeWithNavigation({ id: 'grassroots.ledger', path: '/ledger', label: '问题台账', priority: 32, render });
