// 案件详情 (#/case/<case number>): one case in words from GET /api/cases/{n}: its facts, the visit it came from, every
// deadline tier (预警, 逾期督办, 领导挂牌督办, 通报批评) reached or pending, every step with who and when, and the 督办
// notes, 批示 and 通报 texts. Also a tab and an action on Cockpit's own process-instance view that lead here for the
// instance's business key (the case number).
import { caseHref, dash, el, errorBox, getJson, levelLabel, loading, page, section, useStyles } from './gc-common.js';
import { today } from './gc-period.js';

const ISSUE_PROCESS = 'IssueHandlingProcess';

// GET /api/cases/{n} answers the case's ledger row under 'facts' beside the page's own parts (visit, tiers, timeline,
// texts); the page reads one flat object, whichever way the answer is shaped
function flatten(answer) {
  return { ...(answer.facts || {}), ...answer };
}

function caseNumberFromRoute() {
  const match = window.location.hash.match(/^#\/case\/([^?/]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function fact(label, value, wide = false) {
  return el('div', { class: `gc-fact${wide ? ' gc-fact-wide' : ''}` }, [el('dt', {}, [label]), el('dd', {}, [dash(value)])]);
}

function facts(item) {
  const extension = item.extensionDays ? `${item.extensionDays} 天` : null;
  return el('dl', { class: 'gc-facts' }, [
    fact('问题描述', item.description, true),
    fact('来源渠道', item.channelName), fact('问题类别', item.categoryName),
    fact('紧急程度', item.urgencyName), fact('具体地点', item.location),
    fact('所属村镇', item.placeName), fact('所属乡镇', item.townName),
    fact('责任单位', item.responsibleUnitName), fact('责任人', item.responsiblePersonName),
    fact('解决路径', item.resolutionPathName), fact('办理状态', item.statusName),
    fact('登记时间', item.registeredAt), fact('签收期限', item.signOffDue),
    fact('原定办理期限', item.originalDueDate), fact('现办理期限', item.dueDate),
    fact('延期', extension), fact('办结时间', item.closedAt),
    fact('办理结果', item.outcomeName), fact('群众评价', item.satisfactionName)
  ]);
}

function visit(item) {
  if (!item.visit) {
    return el('p', { class: 'gc-muted' }, ['该问题不是在下基层活动中收集的。']);
  }
  return el('dl', { class: 'gc-facts' }, [
    fact('活动编号', item.visit.visitNumber), fact('活动主题', item.visit.theme),
    fact('活动类型', item.visit.typeName), fact('带队干部', item.visit.cadreName), fact('活动日期', item.visit.date)]);
}

// the sign-off limit is not a tier of the ladder, but its lapse is what 督促签收 is about
function signOff(item) {
  if (!item.signOffDue) {
    return null;
  }
  const late = !item.signedOffAt && item.signOffDue < today();
  const state = item.signedOffAt ? `已签收（${item.signedOffAt}${item.signedOffOnTime === false ? '，超期' : ''}）`
    : late ? '已超期未签收' : '待签收';
  return el('div', { class: `gc-tier gc-tier-signoff ${late || item.signedOffOnTime === false ? 'gc-tier-reached' : 'gc-tier-pending'}`,
    'data-tier': 'SIGN_OFF' }, [
    el('h3', {}, ['签收期限']), el('p', {}, [`时限：${item.signOffDue}`]), el('p', {}, [el('strong', {}, [state])])]);
}

function tiers(item) {
  const list = item.tiers || [];
  if (!list.length && !item.signOffDue) {
    return el('p', { class: 'gc-muted' }, ['该问题没有办理期限（如当场解决），不设预警和督办层级。']);
  }
  // the highest reached tier is where the case stands now
  const current = [...list].reverse().find(tier => tier.reached);
  return el('div', {}, [
    el('p', {}, ['当前督办级别：', item.currentLevel > 0 ? levelLabel(item.currentLevel, item.currentLevelName)
      : el('span', { class: 'gc-muted' }, [dash(item.currentLevelName)])]),
    el('div', { class: 'gc-tiers' }, [signOff(item), ...list.map(tier => el('div', {
      class: `gc-tier ${tier.reached ? 'gc-tier-reached' : 'gc-tier-pending'}${tier === current ? ' gc-tier-current' : ''}`,
      'data-tier': tier.tier
    }, [
      el('h3', {}, [tier.name, tier === current ? el('span', { class: 'gc-current-mark' }, ['当前']) : null]),
      el('p', {}, [`时限：${dash(tier.at)}`]),
      el('p', {}, [tier.reached ? el('strong', {}, [`已触发${tier.reachedAt ? `（${tier.reachedAt}）` : ''}`])
        : tier.at ? '未到' : '不再触发'])
    ]))])
  ]);
}

function timeline(item) {
  const steps = item.timeline || [];
  if (!steps.length) {
    return el('p', { class: 'gc-muted' }, ['暂无办理记录。']);
  }
  return el('ol', { class: 'gc-timeline' }, steps.map(step => el('li', { 'data-step': step.step || step.action }, [
    el('span', { class: 'gc-when' }, [dash(step.at)]),
    el('span', { class: 'gc-step' }, [step.stepName || '办理环节']),
    el('span', { class: 'gc-who' }, [step.whoName || (step.who ? '' : '系统')]),
    step.note ? el('div', { class: 'gc-note-text' }, [step.note]) : null
  ])));
}

function texts(list, none) {
  return list && list.length ? el('ol', { class: 'gc-texts' }, list.map(text => el('li', {}, [text])))
    : el('p', { class: 'gc-muted' }, [none]);
}

function casePage(item) {
  const open = !item.closedAt;
  const links = el('div', { class: 'gc-actions' }, [
    el('a', { class: 'btn btn-default', href: '#/ledger' }, ['返回问题台账']),
    open && item.processInstanceId
      ? el('a', { class: 'btn btn-default gc-process-link',
        href: `#/process-instance/${encodeURIComponent(item.processInstanceId)}/runtime`,
        title: '在流程监控中查看该案件的流程实例' }, ['查看流程实例'])
      : null]);
  return [
    el('div', { class: 'gc-bar' }, [
      el('div', {}, [
        el('h2', { class: 'gc-case-title' }, [item.title]),
        el('div', { class: 'gc-badges' }, [
          el('span', { class: `label ${open ? 'label-primary' : 'label-success'}` }, [dash(item.statusName)]),
          item.currentLevel > 0 ? levelLabel(item.currentLevel, item.currentLevelName) : null,
          item.outcomeName ? el('span', { class: 'label label-default' }, [item.outcomeName]) : null])]),
      links]),
    section('基本情况', facts(item)),
    section('来源活动', visit(item)),
    section('办理时限与督办层级', tiers(item)),
    section('办理过程', timeline(item)),
    section('督办意见', texts(item.superviseNotes, '暂无督办意见。')),
    section('领导批示', texts(item.leaderInstructions, '暂无领导批示。')),
    section('通报内容', texts(item.noticeTexts, '暂无通报。'))
  ];
}

function render(node) {
  useStyles();
  const caseNumber = caseNumberFromRoute();
  const { root, body } = page(`案件详情 · ${caseNumber}`);
  node.append(root);
  body.append(loading());
  getJson(`/api/cases/${encodeURIComponent(caseNumber)}`)
    .then(answer => body.replaceChildren(...casePage(flatten(answer))))
    .catch(error => body.replaceChildren(errorBox(error, '案件无法加载'),
      el('a', { class: 'btn btn-default', href: '#/ledger' }, ['返回问题台账'])));
}

// the instance's business key is the case number; only issue-handling instances are cases
function issueCaseNumber(api, processInstanceId) {
  return getJson(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`)
    .then(instance => (instance.definitionId || '').startsWith(`${ISSUE_PROCESS}:`) ? instance.businessKey : null);
}

function instanceTab(node, { api, processInstanceId }) {
  useStyles();
  const box = el('div', { class: 'gc-instance-tab' }, [loading()]);
  node.append(box);
  issueCaseNumber(api, processInstanceId)
    .then(caseNumber => {
      if (!caseNumber) {
        box.replaceChildren(el('p', { class: 'gc-muted' }, ['该流程不是问题办理案件，没有案件详情。']));
        return null;
      }
      box.replaceChildren(el('p', {}, [el('a', { class: 'btn btn-primary gc-case-page-link', href: caseHref(caseNumber) },
        [`打开案件详情：${caseNumber}`])]));
      return getJson(`/api/cases/${encodeURIComponent(caseNumber)}`).then(flatten).then(item => box.append(
        el('p', {}, [`${item.title}　·　${dash(item.responsibleUnitName)}　·　${dash(item.statusName)}　·　办理期限 ${dash(item.dueDate)}`]),
        tiers(item)));
    })
    .catch(error => box.append(errorBox(error, '案件信息无法加载')));
}

function instanceAction(node, { api, processInstanceId }) {
  issueCaseNumber(api, processInstanceId)
    .then(caseNumber => caseNumber && node.append(el('a', { class: 'btn btn-default action-button gc-case-page-action',
      href: caseHref(caseNumber), title: `案件详情：${caseNumber}` }, [el('span', { class: 'glyphicon glyphicon-list-alt' })])))
    .catch(() => {
      // no action for an instance we cannot read
    });
}

export default [
  { id: 'grassroots.caseDetail.route', pluginPoint: 'cockpit.route', priority: 0, properties: { path: '/case/:caseNumber' },
    render },
  { id: 'grassroots.caseDetail.tab', pluginPoint: 'cockpit.processInstance.runtime.tab', priority: 20,
    properties: { label: '案件详情' }, render: instanceTab },
  { id: 'grassroots.caseDetail.action', pluginPoint: 'cockpit.processInstance.runtime.action', priority: 20,
    render: instanceAction }
];
