// Periods of the supervisors' workspace, counted in the county's time zone whatever the browser's: today, the named
// periods (本年度, 上年度, 本季度, 上季度, 本月, 上月) and the period picker of 考核排名 and 统计图表.
import { el } from './gc-common.js';

const COUNTY_TIME_ZONE = 'Asia/Shanghai';

/** Today in the county as 'yyyy-MM-dd', whatever the browser's zone. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COUNTY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}

function iso(year, month, dayOfMonth) {
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The named periods of the picker, each from/to inclusive. */
export function periods() {
  const [year, month] = today().split('-').map(Number);
  const quarter = Math.floor((month - 1) / 3);
  const previousQuarter = quarter === 0 ? { year: year - 1, quarter: 3 } : { year, quarter: quarter - 1 };
  const previousMonth = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const quarterOf = (y, q) => ({ from: iso(y, q * 3 + 1, 1), to: iso(y, q * 3 + 3, lastDay(y, q * 3 + 3)) });
  const quarterNames = ['一', '二', '三', '四'];
  return [
    { key: 'thisYear', label: `本年度（${year}年）`, from: iso(year, 1, 1), to: iso(year, 12, 31) },
    { key: 'lastYear', label: `上年度（${year - 1}年）`, from: iso(year - 1, 1, 1), to: iso(year - 1, 12, 31) },
    { key: 'thisQuarter', label: `本季度（${year}年第${quarterNames[quarter]}季度）`, ...quarterOf(year, quarter) },
    { key: 'lastQuarter', label: `上季度（${previousQuarter.year}年第${quarterNames[previousQuarter.quarter]}季度）`,
      ...quarterOf(previousQuarter.year, previousQuarter.quarter) },
    { key: 'thisMonth', label: `本月（${year}年${month}月）`, from: iso(year, month, 1), to: iso(year, month, lastDay(year, month)) },
    { key: 'lastMonth', label: `上月（${previousMonth.year}年${previousMonth.month}月）`,
      from: iso(previousMonth.year, previousMonth.month, 1),
      to: iso(previousMonth.year, previousMonth.month, lastDay(previousMonth.year, previousMonth.month)) }
  ];
}

/** 2026-01-01 至 2026-12-31 */
export function periodText(from, to) {
  return `${from} 至 ${to}`;
}

/**
 * The period selector: a named period or 自定义 with two dates. Calls onChange({from, to}) when a complete period
 * is chosen. Returns the node; the chosen period is node.period.
 */
export function periodPicker(initial, onChange) {
  const named = periods();
  const start = initial && initial.from && initial.to ? initial : named[0];
  const matching = named.find(p => p.from === start.from && p.to === start.to);
  const preset = el('select', { class: 'form-control gc-period-preset', 'aria-label': '统计期间' }, [
    ...named.map(p => el('option', { value: p.key }, [p.label])),
    el('option', { value: 'custom' }, ['自定义期间'])]);
  preset.value = matching ? matching.key : 'custom';
  const from = el('input', { type: 'date', class: 'form-control gc-period-from', value: start.from, 'aria-label': '起始日期' });
  const to = el('input', { type: 'date', class: 'form-control gc-period-to', value: start.to, 'aria-label': '截止日期' });
  const node = el('div', { class: 'gc-period' }, [
    el('label', {}, ['统计期间']), preset, from, el('span', { class: 'gc-muted' }, ['至']), to]);
  node.period = { from: start.from, to: start.to };
  const changed = () => {
    if (from.value && to.value && from.value <= to.value) {
      node.period = { from: from.value, to: to.value };
      onChange(node.period);
    }
  };
  preset.addEventListener('change', () => {
    const chosen = named.find(p => p.key === preset.value);
    if (chosen) {
      from.value = chosen.from;
      to.value = chosen.to;
      changed();
    }
  });
  [from, to].forEach(input => input.addEventListener('change', () => {
    preset.value = 'custom';
    changed();
  }));
  return node;
}
