// nine-ones: links in Tasklist's header to the application's own pages (import and reports, evidence files).
export default {
  id: 'nine-ones.navbar.pages',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    const pages = [
      {href: '/nine-ones/index.html', text: '名单导入与报表', title: '批量导入企业名单、下载附件1和附件2'},
      {href: '/nine-ones/evidence.html', text: '佐证材料', title: '为企业自评、县级验收和市级抽查上传照片和扫描件'}
    ];
    pages.forEach((page) => {
      const link = document.createElement('a');
      link.href = page.href;
      link.textContent = page.text;
      link.title = page.title;
      link.className = 'nine-ones-pages-link';
      node.appendChild(link);
    });
  }
};
