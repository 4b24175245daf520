// nine-ones: a link in Tasklist's header to the application's own pages (import and reports).
export default {
  id: 'nine-ones.navbar.pages',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/nine-ones/index.html';
    link.textContent = '名单导入与报表';
    link.title = '批量导入企业名单、下载附件1和附件2';
    link.className = 'nine-ones-pages-link';
    node.appendChild(link);
  }
};
