// Shared helpers of the supervisors' workspace (台账, 考核排名, 图表, 案件详情, 逾期督办看板): building DOM, calling the
// application's /api with the Cockpit session, formatting for people (percentages, dashes for nothing), sortable
// tables and links to the case page; periods are in gc-period.js. No framework: every page builds its DOM with el().

const STYLESHEET = new URL('grassroots.css', import.meta.url).href;

/** Loads the workspace's stylesheet once. */
export function useStyles() {
  if (!document.querySelector(`link[data-gc-styles]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    link.setAttribute('data-gc-styles', '');
    document.head.append(link);
  }
}

/** Creates an element: attributes (functions named on… become listeners), then children (null and false skipped). */
export function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (typeof value === 'function' && name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'value') {
      node.value = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  [].concat(children).forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

/** A query string of the non-empty parameters, with a leading '?' when there are any. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      search.set(name, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The parameters after '?' in the Cockpit hash route (e.g. #/ledger?unit=unit-roads). */
export function hashParams() {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return Object.fromEntries(new URLSearchParams(at < 0 ? '' : hash.slice(at + 1)).entries());
}

// names of the request fields the API may name in a 400 whose message is not in Chinese
const FIELD_NAMES = { from: '起始日期', to: '截止日期', reason: '发布说明', unit: '责任单位', measure: '考核项目', part: '统计口径',
  checkPeriodFrom: '办结日期自', checkPeriodTo: '办结日期至', sharePercent: '抽查比例', campaignTitle: '专项名称',
  campaignCategory: '问题类别（或镇村）', campaignPlace: '镇村', campaignFrom: '督查期自', campaignTo: '督查期至',
  instruction: '批示' };

function chinese(text) {
  return typeof text === 'string' && /[\u4e00-\u9fa5]/.test(text);
}

async function failure(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (ignored) {
    // not JSON: the status says enough
  }
  const errors = body && Array.isArray(body.errors) ? body.errors : [];
  const details = errors.map(item => chinese(item.message) ? item.message : `${FIELD_NAMES[item.field] || '所填内容'}有误`);
  // only the server's Chinese words are shown; Spring's default error bodies and English texts are replaced
  const serverMessage = body && chinese(body.message) ? body.message : null;
  let message = serverMessage;
  if (!message) {
    message = response.status === 401 ? '登录已失效，请重新登录'
      : response.status === 403 ? '您无权进行此项操作'
        : response.status === 404 ? '未找到相应内容，或您无权查看'
          : response.status === 400 ? '请求内容有误'
            : `服务暂时不可用（错误码 ${response.status}）`;
  }
  const error = new Error(details.length ? `${message}：${details.join('；')}` : message);
  error.status = response.status;
  error.serverMessage = Boolean(serverMessage);
  error.fields = errors.map(item => item.field);
  return error;
}

/** GET of the application's API with the webapp session; rejects with an Error whose message people can read. */
export async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (offline) {
    throw new Error('无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

function cookie(name) {
  const found = document.cookie.split(';').map(part => part.trim()).find(part => part.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

/** POST of JSON with the webapp session; the server wants the CSRF cookie echoed in X-XSRF-TOKEN. */
export async function postJson(url, body) {
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') },
      body: JSON.stringify(body)
    });
  } catch (offline) {
    throw new Error('无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) {
    throw await failure(response);
  }
  return response.status === 204 ? null : response.json().catch(() => null);
}

/** A rate 0..1 as a percentage with one decimal; a dash when nothing was counted. */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The value, or a dash for nothing. */
export function dash(value) {
  return value === null || value === undefined || value === '' ? '—' : value;
}

/** Just the day of a 'yyyy-MM-dd HH:mm' time. */
export function day(time) {
  return time ? time.slice(0, 10) : '—';
}

export function caseHref(caseNumber) {
  return `#/case/${encodeURIComponent(caseNumber)}`;
}

/** The case number as a link to 案件详情. */
export function caseLink(caseNumber) {
  return el('a', { href: caseHref(caseNumber), class: 'gc-case-link', title: '查看案件详情' }, [caseNumber]);
}

/** A page of the workspace: a heading, an optional line under it, and a body. */
export function page(title, subtitle) {
  const body = el('div', { class: 'gc-page-body' });
  const root = el('div', { class: 'gc-page' }, [
    el('div', { class: 'gc-page-head' }, [el('h1', {}, [title]), subtitle ? el('p', { class: 'gc-subtitle' }, [subtitle]) : null]),
    body]);
  return { root, body };
}

export function loading(text = '正在加载…') {
  return el('p', { class: 'gc-muted gc-loading' }, [text]);
}

export function errorBox(error, what) {
  return el('div', { class: 'alert alert-danger gc-error' }, [what ? `${what}：${error.message}` : error.message]);
}

export function section(title, children, attributes = {}) {
  return el('section', { class: 'gc-section', ...attributes }, [el('h2', {}, [title]), ...[].concat(children)]);
}

// ---- tables ---------------------------------------------------------------------------------------------------

/**
 * A table. columns: [{label, cell(row) → node|text, sortKey?, className?, title?}]; sort: {key, order} or null;
 * onSort(key) when a sortable heading is clicked; rowAttributes(row) → attributes of the row.
 */
export function table({ columns, rows, sort = null, onSort = null, rowAttributes = () => ({}), className = '' }) {
  const heading = column => {
    if (!column.sortKey || !onSort) {
      return el('th', { class: column.className, title: column.title }, [column.label]);
    }
    const active = sort && sort.key === column.sortKey;
    const arrow = active ? (sort.order === 'asc' ? ' ▲' : ' ▼') : '';
    return el('th', { class: `gc-sortable ${column.className || ''}${active ? ' gc-sorted' : ''}`,
      title: '点击排序', 'data-sort': column.sortKey, onclick: () => onSort(column.sortKey) }, [column.label + arrow]);
  };
  // wide tables scroll sideways inside the page rather than squeezing their columns
  return el('div', { class: 'gc-table-scroll' }, [el('table', { class: `table table-striped table-hover gc-table ${className}` }, [
    el('thead', {}, [el('tr', {}, columns.map(heading))]),
    el('tbody', {}, rows.map(row => el('tr', rowAttributes(row),
      columns.map(column => el('td', { class: column.className }, [column.cell(row)])))))
  ])]);
}

/** A yes/no marker: a red label for yes (e.g. 逾期), a dash for no. */
export function flag(value, yesText, kind = 'danger') {
  return value ? el('span', { class: `label label-${kind}` }, [yesText]) : el('span', { class: 'gc-muted' }, ['否']);
}

/** The columns every list of cases shows (ledger rows). */
export function caseColumns() {
  return [
    { label: '案件编号', cell: row => caseLink(row.caseNumber), sortKey: 'caseNumber', className: 'gc-nowrap' },
    { label: '问题标题', cell: row => row.title, className: 'gc-title' },
    { label: '来源渠道', cell: row => dash(row.channelName), className: 'gc-nowrap' },
    { label: '问题类别', cell: row => dash(row.categoryName), className: 'gc-nowrap' },
    { label: '乡镇', cell: row => dash(row.townName), className: 'gc-nowrap' },
    { label: '责任单位', cell: row => dash(row.responsibleUnitName), sortKey: 'unit' },
    { label: '状态', cell: row => dash(row.statusName), sortKey: 'status', className: 'gc-nowrap' },
    { label: '登记时间', cell: row => dash(row.registeredAt), sortKey: 'registeredAt', className: 'gc-nowrap' },
    { label: '办理期限', cell: row => dash(row.dueDate), sortKey: 'dueDate', className: 'gc-nowrap' },
    { label: '办结时间', cell: row => dash(row.closedAt), sortKey: 'closedAt', className: 'gc-nowrap' },
    { label: '逾期', cell: row => flag(row.overdue, '逾期'), className: 'gc-nowrap' },
    { label: '最高督办级别', cell: row => row.highestLevel > 0 ? levelLabel(row.highestLevel, row.highestLevelName)
      : el('span', { class: 'gc-muted' }, ['无']), className: 'gc-nowrap' },
    { label: '群众评价', cell: row => dash(row.satisfactionName), className: 'gc-nowrap' }
  ];
}

/** An escalation level as a coloured label: 1 督查室督办, 2 领导挂牌督办, 3 通报批评. */
export function levelLabel(level, name) {
  const kind = level >= 3 ? 'danger' : level === 2 ? 'warning' : 'info';
  return el('span', { class: `label label-${kind} gc-level`, 'data-level': String(level) }, [name]);
}

/** A route plugin plus its entry in Cockpit's top navigation. */
export function routeWithNavigation({ id, path, label, priority, render, unmount }) {
  return [
    { id: `${id}.route`, pluginPoint: 'cockpit.route', priority, properties: { path }, render, unmount },
    {
      id: `${id}.navigation`,
      pluginPoint: 'cockpit.navigation',
      priority,
      properties: { path, label },
      render: node => node.append(el('a', { href: `#${path}`, class: 'gc-nav-link' }, [label]))
    }
  ];
}
