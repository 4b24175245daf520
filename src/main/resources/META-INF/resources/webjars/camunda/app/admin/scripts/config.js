// nine-ones: Admin settings.
export default {
  app: {
    name: '九个一 系统管理',
    vendor: '滨州市应急管理局'
  },
  // Chinese for a browser that asks for it (locales/zh.json), English otherwise
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
