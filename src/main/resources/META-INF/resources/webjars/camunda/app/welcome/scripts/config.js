// Welcome (the start page after login) of Grassroots Cases: Simplified Chinese (zh.json) for browsers whose first
// language is Chinese, English otherwise and for any label the Chinese file lacks.
export default {
  app: { vendor: '四下基层', name: '首页' },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
