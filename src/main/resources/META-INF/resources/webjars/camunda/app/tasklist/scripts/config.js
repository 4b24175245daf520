// nine-ones: Tasklist settings.
export default {
  app: {
    name: '九个一 任务',
    vendor: '滨州市应急管理局'
  },
  // a header link to our import and reports page; Camunda Forms' messages and date pickers in Chinese
  customScripts: ['scripts/nine-ones-links', 'scripts/nine-ones-forms'],
  // Tasklist speaks Chinese to everyone (locales/zh.json)
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '聚焦第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '聚焦任务列表'},
    focusForm: {key: 'ctrl+alt+f', description: '聚焦任务表单'},
    startProcess: {key: 'ctrl+alt+p', description: '发起流程'}
  }
};
