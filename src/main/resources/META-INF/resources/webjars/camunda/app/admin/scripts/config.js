// Admin configuration of Grassroots Cases: the product's name in the header, Simplified Chinese (zh.json) for
// browsers whose first language is Chinese, English otherwise and for any label the Chinese file lacks.
export default {
  app: { vendor: '四下基层', name: '系统管理' },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
