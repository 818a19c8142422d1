// Cockpit configuration of Grassroots Cases: the overdue board on the dashboard, and Simplified Chinese (zh.json)
// for browsers whose first language is Chinese, English for everything else and any label the Chinese file lacks.
export default {
  app: { vendor: '四下基层', name: '督办监控' },
  customScripts: ['scripts/overdue-board.js'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
