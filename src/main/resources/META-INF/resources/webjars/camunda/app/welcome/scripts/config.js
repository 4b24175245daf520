// nine-ones: links of the welcome page to the application's own pages.
export default {
  app: {
    name: '九个一',
    vendor: '滨州市应急管理局'
  },
  // Chinese for a browser that asks for it (locales/zh.json), English otherwise
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  links: [
    {
      label: '企业名单导入',
      href: '/nine-ones/index.html#import',
      description: '按模板批量导入本单位提报的企业（.xlsx / .csv）'
    },
    {
      label: '通知记录',
      href: '/nine-ones/notifications.html',
      description: '期限提醒、逾期通知、逾期督办邮件的发送记录（管理员、市局科室）'
    },
    {
      label: '批次报表',
      href: '/nine-ones/index.html#reports',
      description: '附件1 企业名单、附件2 统计表下载'
    },
    {
      label: '佐证材料',
      href: '/nine-ones/evidence.html',
      description: '企业自评、县级验收、市级抽查的照片和扫描件上传与查看'
    }
  ]
};
