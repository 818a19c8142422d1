// Cockpit configuration of Grassroots Cases: the supervisors' workspace (the overdue board on the dashboard, 问题台账,
// 考核排名, 统计图表, 督查检查 and 案件详情, see gc-common.js), and Simplified Chinese (zh.json)
// for browsers whose first language is Chinese, English for everything else and any label the Chinese file lacks; the few
// words Cockpit writes in English outside its label files are rewritten for Chinese browsers (fixed-english-zh.js), and
// Camunda's end-of-life banner is left to Admin (vendor-notice.js).
export default {
  app: { vendor: '四下基层', name: '督办监控' },
  customScripts: ['scripts/overdue-board.js', 'scripts/ledger.js', 'scripts/assessment.js', 'scripts/charts.js',
    'scripts/case-detail.js', 'scripts/inspection.js', 'scripts/fixed-english-zh.js', 'scripts/vendor-notice.js'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
