// Admin configuration of Grassroots Cases: Simplified Chinese (zh.json) for browsers whose first language is
// Chinese — the login page and the most common labels — and English for the rest.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
