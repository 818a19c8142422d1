// 督查检查 (#/inspection): the published 月度督查通报 with each named unit's 整改反馈, the 不定期抽查 (回头看) with their
// draws and findings, and the 专项督查 with their cases, the leaders' 批示 and a form to open one. Data from /api/notices,
// /api/spot-checks and /api/campaigns; the supervision office starts a spot check here or in Tasklist.
import {
  caseLink, dash, el, errorBox, getJson, loading, page, postJson, routeWithNavigation, section, table, useStyles
} from './gc-common.js';

const FEEDBACK_KINDS = { 已反馈: 'success', 待反馈: 'default', 逾期未反馈: 'danger', 逾期后反馈: 'warning' };
const VERDICT_KINDS = { 确已解决: 'success', 未真正解决: 'danger', 待回头看: 'default' };

function label(text, kinds) {
  return el('span', { class: `label label-${kinds[text] || 'default'}` }, [text]);
}

function field(name, control) {
  return el('div', { class: 'gc-field' }, [el('label', {}, [name]), control]);
}

function notices(list) {
  if (!list.length) {
    return el('p', { class: 'gc-empty' }, ['尚未发布月度督查通报。每月第一个工作日系统自动汇总上月情况，由督查室编发。']);
  }
  return el('div', {}, list.map(notice => el('details', { class: 'gc-inspection-item', 'data-notice': notice.noticeNumber }, [
    el('summary', {}, [`${notice.noticeNumber}　${notice.title}　（${notice.periodFrom} 至 ${notice.periodTo}，`
      + `${notice.publishedByName} ${notice.publishedAt} 发布）`]),
    el('pre', { class: 'gc-notice-text' }, [notice.content]),
    notice.units.length ? table({
      columns: [
        { label: '点名单位', cell: row => row.unitName },
        { label: '反馈期限', cell: row => row.feedbackDue, className: 'gc-nowrap' },
        { label: '状态', cell: row => label(row.status, FEEDBACK_KINDS), className: 'gc-nowrap' },
        { label: '反馈时间', cell: row => dash(row.feedbackAt), className: 'gc-nowrap' },
        { label: '整改情况', cell: row => dash(row.feedback) }
      ],
      rows: notice.units
    }) : el('p', { class: 'gc-muted' }, ['本期通报未点名单位。'])
  ])));
}

function spotCheckForm(reload) {
  const from = el('input', { type: 'date', class: 'form-control', name: 'periodFrom' });
  const to = el('input', { type: 'date', class: 'form-control', name: 'periodTo' });
  const share = el('input', { type: 'number', class: 'form-control', name: 'sharePercent', value: '10', min: '1', max: '100' });
  const message = el('span', { class: 'gc-muted' });
  return el('form', { class: 'gc-inline gc-inspection-form', onsubmit: event => {
    event.preventDefault();
    message.textContent = '正在抽取…';
    postJson('/api/spot-checks', { periodFrom: from.value, periodTo: to.value, sharePercent: Number(share.value) })
      .then(check => {
        message.textContent = `已发起抽查 ${check.checkNumber}，抽取 ${check.sample.length} 件，回头看任务已发送督查室。`;
        reload();
      })
      .catch(error => {
        message.textContent = error.message;
      });
  } }, [field('办结日期自', from), field('至', to), field('抽查比例（%）', share),
    el('button', { type: 'submit', class: 'btn btn-primary' }, ['发起抽查']), message]);
}

function spotChecks(list) {
  if (!list.length) {
    return el('p', { class: 'gc-empty' }, ['尚无抽查。']);
  }
  return el('div', {}, list.map(check => el('details', { class: 'gc-inspection-item', 'data-check': check.checkNumber }, [
    el('summary', {}, [`${check.checkNumber}　${check.startedHowName}　办结于 ${check.periodFrom} 至 ${check.periodTo}　`
      + `从 ${check.population} 件中抽取 ${check.sample.length} 件（比例 ${check.sharePercent}%）　`
      + (check.endedAt ? `已完成：${check.findings}` : '回头看进行中')]),
    el('p', { class: 'gc-muted' }, [`随机种子 ${check.seed}，抽样于 ${check.drawnAt}；按留存的种子和候选问题重新抽取`
      + (check.drawVerified ? '结果一致，抽样可复核。' : '结果不一致，请核查！')]),
    table({
      columns: [
        { label: '案件编号', cell: row => caseLink(row.caseNumber), className: 'gc-nowrap' },
        { label: '责任单位', cell: row => row.unitName },
        { label: '回头看结论', cell: row => label(row.verdictName, VERDICT_KINDS), className: 'gc-nowrap' },
        { label: '核实方式', cell: row => dash(row.methodName), className: 'gc-nowrap' },
        { label: '核实情况', cell: row => dash(row.note) },
        { label: '核实人', cell: row => dash(row.checkedByName), className: 'gc-nowrap' }
      ],
      rows: check.sample
    })
  ])));
}

function campaignForm(options, reload) {
  const title = el('input', { type: 'text', class: 'form-control', name: 'title', placeholder: '如：农村饮水安全专项督查' });
  const pick = (name, text, list) => el('select', { class: 'form-control', name },
    [el('option', { value: '' }, [`${text}：不限`]), ...list.map(item => el('option', { value: item.value }, [item.label]))]);
  const category = pick('category', '问题类别', options.categories);
  const place = pick('place', '镇村', options.places);
  const to = el('input', { type: 'date', class: 'form-control', name: 'periodTo' });
  const message = el('span', { class: 'gc-muted' });
  return el('form', { class: 'gc-inline gc-inspection-form', onsubmit: event => {
    event.preventDefault();
    postJson('/api/campaigns', { title: title.value, category: category.value, place: place.value, periodTo: to.value })
      .then(campaign => {
        message.textContent = `已开展 ${campaign.campaignNumber}，纳入在办问题 ${campaign.cases} 件。`;
        reload();
      })
      .catch(error => {
        message.textContent = error.message;
      });
  } }, [field('专项名称', title), field('问题类别', category), field('镇村', place), field('督查期至', to),
    el('button', { type: 'submit', class: 'btn btn-primary' }, ['开展专项督查']), message]);
}

function instructionForm(campaign, reload) {
  const text = el('textarea', { class: 'form-control', rows: '2', name: 'instruction', placeholder: '领导批示' });
  const message = el('span', { class: 'gc-muted' });
  return el('form', { class: 'gc-inspection-form', onsubmit: event => {
    event.preventDefault();
    postJson(`/api/campaigns/${encodeURIComponent(campaign.campaignNumber)}/instructions`, { instruction: text.value })
      .then(reload)
      .catch(error => {
        message.textContent = error.message;
      });
  } }, [text, el('button', { type: 'submit', class: 'btn btn-default' }, ['批示']), message]);
}

function campaigns(list, reload) {
  if (!list.length) {
    return el('p', { class: 'gc-empty' }, ['尚无专项督查。']);
  }
  return el('div', {}, list.map(campaign => el('details', { class: 'gc-inspection-item', 'data-campaign': campaign.campaignNumber,
    open: !campaign.closedAt }, [
    el('summary', {}, [`${campaign.campaignNumber}　${campaign.title}　（${[campaign.categoryName, campaign.placeName]
      .filter(Boolean).join('，')}；${campaign.periodFrom} 至 ${campaign.periodTo}）　`
      + `纳入 ${campaign.cases} 件，已办结 ${campaign.closedCases} 件，逾期 ${campaign.overdueCases} 件`
      + (campaign.closedAt ? '　已结束' : '')]),
    table({
      columns: [
        { label: '案件编号', cell: row => caseLink(row.caseNumber), className: 'gc-nowrap' },
        { label: '问题标题', cell: row => row.title },
        { label: '责任单位', cell: row => dash(row.unitName) },
        { label: '状态', cell: row => row.statusName, className: 'gc-nowrap' },
        { label: '办理期限', cell: row => dash(row.dueDate), className: 'gc-nowrap' },
        { label: '逾期', cell: row => row.overdue ? el('span', { class: 'label label-danger' }, ['逾期']) : '否' }
      ],
      rows: campaign.caseList,
      rowAttributes: row => ({ class: row.overdue ? 'gc-row-overdue' : null })
    }),
    el('h3', {}, ['领导批示']),
    campaign.instructions.length ? el('ul', {}, campaign.instructions.map(item =>
      el('li', {}, [`${item.givenByName}（${item.givenAt}）：${item.instruction}`]))) : el('p', { class: 'gc-muted' }, ['暂无批示。']),
    campaign.closedAt ? el('div', {}, [el('h3', {}, ['总结报告']), el('pre', { class: 'gc-notice-text' }, [dash(campaign.report)])])
      : instructionForm(campaign, reload)
  ])));
}

function render(node) {
  useStyles();
  const { root, body } = page('督查检查', '月度督查通报与整改反馈、不定期抽查（回头看）、专项督查');
  node.append(root);
  const noticeSlot = el('div', {}, [loading()]);
  const checkSlot = el('div', {}, [loading()]);
  const campaignSlot = el('div', {}, [loading()]);
  const reload = () => {
    getJson('/api/notices').then(list => noticeSlot.replaceChildren(notices(list)))
      .catch(error => noticeSlot.replaceChildren(errorBox(error, '督查通报无法加载')));
    getJson('/api/spot-checks').then(list => checkSlot.replaceChildren(spotChecks(list)))
      .catch(error => checkSlot.replaceChildren(errorBox(error, '抽查无法加载')));
    getJson('/api/campaigns').then(list => campaignSlot.replaceChildren(campaigns(list, reload)))
      .catch(error => campaignSlot.replaceChildren(errorBox(error, '专项督查无法加载')));
  };
  const campaignFormSlot = el('div', {});
  getJson('/api/campaigns/options').then(options => campaignFormSlot.replaceChildren(campaignForm(options, reload)))
    .catch(() => campaignFormSlot.replaceChildren());
  body.append(
    section('月度督查通报', [noticeSlot], { 'data-section': 'notices' }),
    section('不定期抽查（回头看）', [spotCheckForm(reload), checkSlot], { 'data-section': 'spot-checks' }),
    section('专项督查', [campaignFormSlot, campaignSlot], { 'data-section': 'campaigns' }));
  reload();
}

export default routeWithNavigation({ id: 'grassroots.inspection', path: '/inspection', label: '督查检查', priority: 29, render });
