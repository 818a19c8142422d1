// 统计图表 (#/charts): for a period, from GET /api/charts: monthly intake by channel (stacked bars), on-time and
// satisfaction rates by month (lines), cases by town and category (a heat table), and the units with the most overdue
// cases (bars). Drawn with Apache ECharts from its webjar (org.webjars.npm:echarts, the ES module build); a heat cell
// or an overdue bar opens the ledger with the matching filters.
import {
  el, errorBox, getJson, loading, page, percent, query, routeWithNavigation, section, useStyles
} from './gc-common.js';
import { periodPicker, periodText } from './gc-period.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const PALETTE = ['#b5152b', '#155cb5', '#d48806', '#2f8f4e', '#6b4fa3'];
const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

// the charts on the page now, disposed when Cockpit leaves the route
let drawn = [];
let echartsModule = null;

function echarts() {
  if (!echartsModule) {
    echartsModule = import(ECHARTS).catch(error => {
      echartsModule = null;
      throw new Error('图表组件无法加载');
    });
  }
  return echartsModule;
}

// '2026-03' → '2026年3月'
function fullMonth(month) {
  const [year, number] = month.split('-');
  return `${year}年${Number(number)}月`;
}

// '2026-03' → '3月' when the period lies in one year, else '2026年3月'
function monthNames(months) {
  const years = new Set(months.map(month => month.slice(0, 4)));
  return months.map(month => years.size > 1 ? fullMonth(month) : `${Number(month.slice(5))}月`);
}

function dispose() {
  drawn.forEach(chart => chart.dispose());
  drawn = [];
}

function resize() {
  drawn.forEach(chart => chart.resize());
}

function draw(lib, node, option) {
  const chart = lib.init(node, null, { renderer: 'canvas' });
  chart.setOption({ color: PALETTE, textStyle: { fontFamily: FONT }, animation: false, ...option });
  drawn.push(chart);
  return chart;
}

function intake(lib, node, data) {
  const months = monthNames((data.intakeByMonth || []).map(entry => entry.month));
  draw(lib, node, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 20, right: 20, top: 56, bottom: 20, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: '件数', minInterval: 1 },
    series: (data.channels || []).map(channel => ({
      name: channel.name, type: 'bar', stack: 'intake', barMaxWidth: 40,
      data: (data.intakeByMonth || []).map(entry => entry[channel.code] || 0)
    }))
  });
}

function trend(lib, node, data) {
  const points = data.trend || [];
  const asPercent = rate => rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
  draw(lib, node, {
    tooltip: { trigger: 'axis', valueFormatter: value => value === null || value === undefined ? '无数据' : `${value}%` },
    legend: { top: 0 },
    grid: { left: 20, right: 20, top: 56, bottom: 20, containLabel: true },
    xAxis: { type: 'category', data: monthNames(points.map(point => point.month)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: '按期办结率', type: 'line', symbolSize: 7, data: points.map(point => asPercent(point.onTimeRate)) },
      { name: '群众满意率', type: 'line', symbolSize: 7, data: points.map(point => asPercent(point.satisfactionRate)) }
    ]
  });
}

function mostOverdue(lib, node, data, period) {
  const units = [...(data.mostOverdue || [])].reverse(); // the most overdue at the top of the bars
  const chart = draw(lib, node, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: value => `${value} 件` },
    grid: { left: 20, right: 40, top: 10, bottom: 20, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: units.map(unit => unit.unitName) },
    series: [{ name: '逾期件数', type: 'bar', barMaxWidth: 24, data: units.map(unit => unit.overdue),
      label: { show: true, position: 'right' } }]
  });
  chart.on('click', event => {
    const unit = units[event.dataIndex];
    if (unit) {
      window.location.hash = `#/ledger${query({ unit: unit.unit, overdue: 'true', ...period })}`;
    }
  });
}

// the period at a glance, from the same answer: intake per channel, the latest month's rates
function summary(data) {
  const months = data.intakeByMonth || [];
  const channels = data.channels || [];
  const perChannel = channels.map(channel => [channel.name, months.reduce((sum, entry) => sum + (entry[channel.code] || 0), 0)]);
  const total = perChannel.reduce((sum, [, count]) => sum + count, 0);
  const latest = field => [...(data.trend || [])].reverse().find(point => point[field] !== null && point[field] !== undefined);
  const rate = (label, field) => {
    const point = latest(field);
    return el('div', { class: 'gc-figure' }, [el('span', {}, [label]),
      el('strong', {}, [point ? percent(point[field]) : '—']),
      el('small', { class: 'gc-muted' }, [point ? fullMonth(point.month) : '暂无数据'])]);
  };
  const overdue = (data.mostOverdue || []).reduce((sum, unit) => sum + unit.overdue, 0);
  return el('div', { class: 'gc-summary' }, [
    el('div', { class: 'gc-figure gc-figure-main' }, [el('span', {}, ['受理问题']), el('strong', {}, [`${total} 件`])]),
    ...perChannel.map(([name, count]) => el('div', { class: 'gc-figure' }, [el('span', {}, [name]), el('strong', {}, [`${count} 件`])])),
    rate('最近按期办结率', 'onTimeRate'),
    rate('最近群众满意率', 'satisfactionRate'),
    el('div', { class: 'gc-figure' }, [el('span', {}, ['逾期件数（图中单位合计）']), el('strong', {}, [`${overdue} 件`])])
  ]);
}

// towns × categories: each cell's colour grows with its count; a cell opens those cases in the ledger
function heatTable(data, period) {
  const heat = data.heat || { towns: [], categories: [], cells: [] };
  if (!heat.towns.length || !heat.categories.length) {
    return el('p', { class: 'gc-empty' }, ['该期间没有可按乡镇统计的问题。']);
  }
  const counts = heat.towns.map(() => heat.categories.map(() => 0));
  (heat.cells || []).forEach(([town, category, count]) => {
    counts[town][category] = count;
  });
  const max = Math.max(1, ...counts.flat());
  const cell = (town, category, count) => el('td', {
    class: 'gc-heat-cell',
    style: `background: rgba(181, 21, 43, ${count ? (0.12 + 0.78 * count / max).toFixed(2) : 0});`
      + ` color: ${count / max > 0.55 ? '#fff' : '#333'}`
  }, [count ? el('a', { href: `#/ledger${query({ town: town.id, category: category.code, ...period })}`,
    title: `${town.name} · ${category.name}：${count} 件，点击查看` }, [String(count)]) : el('span', { class: 'gc-muted' }, ['0'])]);
  return el('table', { class: 'table table-bordered gc-table gc-heat' }, [
    el('thead', {}, [el('tr', {}, [el('th', {}, ['乡镇 \\ 问题类别']), ...heat.categories.map(category => el('th', {}, [category.name])),
      el('th', {}, ['合计'])])]),
    el('tbody', {}, heat.towns.map((town, t) => el('tr', {}, [
      el('th', { class: 'gc-nowrap' }, [town.name]),
      ...heat.categories.map((category, c) => cell(town, category, counts[t][c])),
      el('td', { class: 'gc-num' }, [el('strong', {}, [String(counts[t].reduce((a, b) => a + b, 0))])])])))
  ]);
}

function render(node) {
  useStyles();
  const { root, body } = page('统计图表', '受理量、按期办结率与满意率走势、乡镇问题分布及逾期较多的单位');
  node.append(root);
  const content = el('div');
  const picker = periodPicker(null, period => show(period));
  body.append(el('div', { class: 'gc-bar' }, [picker]), content);
  window.addEventListener('resize', resize);

  function show(period) {
    dispose();
    content.replaceChildren(loading());
    Promise.all([getJson(`/api/charts${query(period)}`), echarts()])
      .then(([data, lib]) => {
        const intakeNode = el('div', { class: 'gc-chart', 'data-chart': 'intake' });
        const trendNode = el('div', { class: 'gc-chart', 'data-chart': 'trend' });
        // as tall as its bars need, up to the other charts' height
        const overdueNode = el('div', { class: 'gc-chart', 'data-chart': 'overdue',
          style: `height: ${Math.min(340, 80 + 44 * (data.mostOverdue || []).length)}px` });
        const none = (list, text) => list && list.length ? null : el('p', { class: 'gc-empty' }, [text]);
        content.replaceChildren(
          el('p', { class: 'gc-note' }, [`统计期间 ${periodText(period.from, period.to)}（按登记日期）。`]),
          el('div', { class: 'gc-charts' }, [
            section('本期概况', summary(data)),
            section('每月受理量（按来源渠道）', [none(data.intakeByMonth, '该期间没有受理的问题。') || intakeNode]),
            section('按期办结率与群众满意率走势', [none(data.trend, '该期间没有办结或评价的问题。') || trendNode]),
            section('逾期件数较多的单位', [none(data.mostOverdue, '该期间没有逾期的问题。') || overdueNode]),
            // a wide table (many categories) takes the whole width
            section('乡镇问题分布（乡镇 × 问题类别）', heatTable(data, period),
              { class: `gc-section${((data.heat || {}).categories || []).length > 5 ? ' gc-wide' : ''}` })]));
        // ECharts measures its container: draw once the nodes are in the page
        if (intakeNode.isConnected) {
          intake(lib, intakeNode, data);
        }
        if (trendNode.isConnected) {
          trend(lib, trendNode, data);
        }
        if (overdueNode.isConnected) {
          mostOverdue(lib, overdueNode, data, period);
        }
      })
      .catch(error => content.replaceChildren(errorBox(error, '统计图表无法加载')));
  }

  show(picker.period);
}

function unmount() {
  window.removeEventListener('resize', resize);
  dispose();
}

export default routeWithNavigation({ id: 'grassroots.charts', path: '/charts', label: '统计图表', priority: 30, render, unmount });
