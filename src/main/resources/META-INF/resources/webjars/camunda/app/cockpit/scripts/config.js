// nine-ones: Cockpit settings.
export default {
  app: {
    name: '九个一 流程监控',
    vendor: '滨州市应急管理局'
  },
  // 九个一推进看板: a tile on the dashboard and its page #/nine-ones-dashboard (charts by ECharts, served by us)
  customScripts: ['scripts/nine-ones-dashboard.js'],
  // Chinese for a browser that asks for it (locales/zh.json), English otherwise
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
