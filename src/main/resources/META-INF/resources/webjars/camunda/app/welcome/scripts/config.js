// Welcome (the start page after login) of Grassroots Cases: Simplified Chinese (zh.json) for browsers whose first
// language is Chinese, English otherwise and for any label the Chinese file lacks; no end-of-life banner for handlers.
export default {
  app: { vendor: '四下基层', name: '首页' },
  customScripts: ['scripts/without-eol-banner.js'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
