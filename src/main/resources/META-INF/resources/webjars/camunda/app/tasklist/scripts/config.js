// Tasklist configuration of Grassroots Cases: Simplified Chinese (zh.json) for browsers whose first language is
// Chinese (zh-CN, zh-Hans, …: the webapp matches the language part only), English otherwise
// (and for any label the Chinese file lacks); Chinese validation messages in Camunda Forms (form-messages-zh.js);
// no end-of-life banner for handlers (without-eol-banner.js); the case number and its receipt right after a
// registration, and a word after an extension or pause request (submit-notices.js); the soonest deadline first and
// no engine jargon in the sort menu (urgency-first.js); 发起流程 and 新建任务 only for people who can use them
// (role-actions.js).
export default {
  app: { vendor: '四下基层', name: '问题办理' },
  customScripts: ['scripts/form-messages-zh.js', 'scripts/without-eol-banner.js', 'scripts/submit-notices.js',
    'scripts/urgency-first.js', 'scripts/role-actions.js'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
