// Tasklist configuration of Grassroots Cases: Simplified Chinese (zh.json) for browsers whose first language is
// Chinese (zh-CN, zh-Hans, …: the webapp matches the language part only), English otherwise
// (and for any label the Chinese file lacks).
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
