// Cockpit configuration of Grassroots Cases: the overdue board on the dashboard, and Simplified Chinese (zh.json)
// for browsers whose first language is Chinese, English for everything else and any label not yet translated.
export default {
  customScripts: ['scripts/overdue-board.js'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
