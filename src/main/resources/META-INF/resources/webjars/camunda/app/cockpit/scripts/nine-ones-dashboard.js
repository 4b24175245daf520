// nine-ones: 九个一推进看板 in Cockpit. A tile on Cockpit's dashboard links to the page
// #/nine-ones-dashboard, which shows a batch's numbers from GET /api/batches/{batchCode}/statistics
// (the same result Attachment 2 is written from) with Apache ECharts, served by the application.

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
const ROUTE = '/nine-ones-dashboard';
let echartsLoading = null;

/** Loads ECharts once, by a script element (the application serves it; no CDN). */
function loadEcharts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => {
        echartsLoading = null;
        reject(new Error('图表组件加载失败'));
      };
      document.head.appendChild(script);
    });
  }
  return echartsLoading;
}

async function getJson(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    let message = '读取失败（' + response.status + '）';
    try {
      message = (await response.json()).message || message;
    } catch (ignored) {
      // not JSON: keep the status
    }
    throw new Error(message);
  }
  return response.json();
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

function formatPoints(points) {
  return Number(points).toString();
}

function formatRate(rate) {
  return rate === null || rate === undefined ? '—' : (Number(rate) * 100).toFixed(1) + '%';
}

function toolbox(name) {
  return {feature: {saveAsImage: {title: '保存为图片', name: name, backgroundColor: '#fff', pixelRatio: 2}}};
}

function chartBox(container, id, title) {
  const box = element('div', 'nine-ones-chart-box');
  const chart = element('div', 'nine-ones-chart');
  chart.setAttribute('aria-label', title);
  chart.id = id;
  box.appendChild(chart);
  container.appendChild(box);
  return chart;
}

/** Per agency, its enterprises stacked by stage. */
function stageOption(stats) {
  const agencies = stats.progress.map((p) => p.agency);
  return {
    title: {text: '各县市区企业推进阶段', left: 'center', textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: {type: 'scroll', bottom: 0},
    toolbox: toolbox(stats.batchName + '-企业推进阶段'),
    grid: {left: 40, right: 20, top: 40, bottom: 60, containLabel: true},
    xAxis: {type: 'category', data: agencies, axisLabel: {interval: 0, rotate: 30}},
    yAxis: {type: 'value', name: '企业数', minInterval: 1},
    series: stats.stages.map((stage) => ({
      name: stage.label,
      type: 'bar',
      stack: 'stage',
      emphasis: {focus: 'series'},
      data: stats.progress.map((p) => p.enterprisesByStage[stage.key] || 0)
    }))
  };
}

function overdueOption(stats) {
  return {
    title: {text: '各县市区逾期待办任务', left: 'center', textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis'},
    toolbox: toolbox(stats.batchName + '-逾期任务'),
    grid: {left: 40, right: 20, top: 40, bottom: 30, containLabel: true},
    xAxis: {type: 'category', data: stats.progress.map((p) => p.agency), axisLabel: {interval: 0, rotate: 30}},
    yAxis: {type: 'value', name: '任务数', minInterval: 1},
    series: [{name: '逾期任务', type: 'bar', itemStyle: {color: '#d9534f'}, label: {show: true, position: 'top'},
      data: stats.progress.map((p) => p.overdueTasks)}]
  };
}

function checkOption(stats) {
  const agencies = stats.progress.map((p) => p.agency);
  const bar = (name, key, color) => ({name: name, type: 'bar', stack: 'check', itemStyle: {color: color},
    data: stats.progress.map((p) => p[key])});
  return {
    title: {text: '十二月抽查验收结果与合格率', left: 'center', textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis'},
    legend: {bottom: 0},
    toolbox: toolbox(stats.batchName + '-抽查验收结果'),
    grid: {left: 40, right: 50, top: 40, bottom: 60, containLabel: true},
    xAxis: {type: 'category', data: agencies, axisLabel: {interval: 0, rotate: 30}},
    yAxis: [{type: 'value', name: '企业数', minInterval: 1},
      {type: 'value', name: '合格率', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}],
    series: [
      bar('有效运行', 'effective', '#5cb85c'),
      bar('未有效运行', 'ineffective', '#f0ad4e'),
      bar('未按要求推进', 'notAdvanced', '#d9534f'),
      {name: '合格率', type: 'line', yAxisIndex: 1, connectNulls: false,
        tooltip: {valueFormatter: (value) => (value === null || value === undefined ? '—' : value + '%')},
        data: stats.progress.map((p) => (p.passRate === null ? null : Number((p.passRate * 100).toFixed(1))))}
    ]
  };
}

function rankingOption(stats) {
  const ranking = stats.deductionRanking.slice().reverse();
  return {
    title: {text: '扣分排名（已确认扣分）', left: 'center', textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    toolbox: toolbox(stats.batchName + '-扣分排名'),
    grid: {left: 20, right: 40, top: 40, bottom: 20, containLabel: true},
    xAxis: {type: 'value', name: '分'},
    yAxis: {type: 'category', data: ranking.map((r) => r.rank + '. ' + r.agency)},
    series: [{name: '扣分', type: 'bar', itemStyle: {color: '#8a6d3b'}, label: {show: true, position: 'right'},
      data: ranking.map((r) => Number(r.points))}]
  };
}

/** Attachment 2's per-agency sheet, cell for cell, with its 合计 row. */
function statisticsTable(stats) {
  const table = element('table', 'table table-bordered table-condensed nine-ones-statistics');
  const head = element('thead');
  const headRow = element('tr');
  ['序号', '县市区'].concat(stats.columns).forEach((column) => headRow.appendChild(element('th', null, column)));
  head.appendChild(headRow);
  table.appendChild(head);
  const body = element('tbody');
  const addRow = (serial, line, className) => {
    const row = element('tr', className);
    row.setAttribute('data-key', line.key);
    row.appendChild(element('td', null, serial));
    row.appendChild(element('td', null, line.label));
    line.counts.forEach((count) => row.appendChild(element('td', 'nine-ones-number', String(count))));
    row.appendChild(element('td', 'nine-ones-number', formatPoints(line.points)));
    body.appendChild(row);
  };
  stats.agencies.forEach((line, index) => addRow(String(index + 1), line, null));
  addRow('', stats.agencyTotal, 'nine-ones-total');
  table.appendChild(body);
  return table;
}

function progressTable(stats) {
  const table = element('table', 'table table-bordered table-condensed nine-ones-progress');
  const headRow = element('tr');
  ['县市区', '逾期待办任务', '十二月抽查验收', '有效运行', '未有效运行', '未按要求推进', '合格率']
    .forEach((column) => headRow.appendChild(element('th', null, column)));
  const head = element('thead');
  head.appendChild(headRow);
  table.appendChild(head);
  const body = element('tbody');
  stats.progress.forEach((p) => {
    const row = element('tr');
    [p.agency, p.overdueTasks, p.checked, p.effective, p.ineffective, p.notAdvanced, formatRate(p.passRate)]
      .forEach((value, index) => row.appendChild(element('td', index === 0 ? null : 'nine-ones-number', String(value))));
    body.appendChild(row);
  });
  table.appendChild(body);
  return table;
}

function renderStatistics(target, stats, echarts) {
  target.textContent = '';
  const charts = element('div', 'nine-ones-charts');
  target.appendChild(charts);
  const options = [
    ['nine-ones-chart-stages', '企业推进阶段', stageOption(stats)],
    ['nine-ones-chart-overdue', '逾期待办任务', overdueOption(stats)],
    ['nine-ones-chart-checks', '抽查验收结果与合格率', checkOption(stats)],
    ['nine-ones-chart-ranking', '扣分排名', rankingOption(stats)]
  ];
  // every box first, so that each chart measures its own share of the row
  const boxes = options.map(([id, title]) => chartBox(charts, id, title));
  const rendered = options.map(([, , option], index) => {
    const chart = echarts.init(boxes[index], null, {renderer: 'canvas'});
    chart.setOption(option);
    return chart;
  });

  const tableBox = element('div', 'nine-ones-table-box');
  const heading = element('h4', null, '附件2 统计表（按县市区）');
  const download = element('a', 'btn btn-default btn-sm nine-ones-download', '下载附件2（xlsx）');
  download.href = '/api/batches/' + encodeURIComponent(stats.batchCode) + '/reports/statistics.xlsx';
  download.setAttribute('download', '');
  heading.appendChild(download);
  tableBox.appendChild(heading);
  tableBox.appendChild(statisticsTable(stats));
  tableBox.appendChild(element('h4', null, '逾期任务与十二月抽查验收'));
  tableBox.appendChild(progressTable(stats));
  target.appendChild(tableBox);
  return rendered;
}

/** The dashboard page: the batch selector, then the selected batch's charts and tables. */
function renderDashboard(node) {
  node.textContent = '';
  const page = element('div', 'nine-ones-dashboard');
  page.appendChild(element('h2', null, '九个一推进看板'));
  const bar = element('div', 'nine-ones-toolbar');
  const label = element('label', null, '批次：');
  const select = element('select', 'form-control nine-ones-batch');
  select.id = 'nine-ones-batch';
  label.htmlFor = select.id;
  bar.appendChild(label);
  bar.appendChild(select);
  const status = element('span', 'nine-ones-status');
  bar.appendChild(status);
  page.appendChild(bar);
  const content = element('div', 'nine-ones-content');
  page.appendChild(content);
  node.appendChild(page);

  let charts = [];
  const resize = () => charts.forEach((chart) => chart.resize());
  window.addEventListener('resize', resize);

  const show = async (code) => {
    charts.forEach((chart) => chart.dispose());
    charts = [];
    content.textContent = '';
    if (!code) {
      return;
    }
    status.textContent = '正在读取…';
    try {
      const [stats, echarts] = await Promise.all([
        getJson('/api/batches/' + encodeURIComponent(code) + '/statistics'), loadEcharts()]);
      if (select.value !== code) {
        return;
      }
      charts = renderStatistics(content, stats, echarts);
      status.textContent = '';
      page.setAttribute('data-batch', code);
    } catch (error) {
      status.textContent = error.message;
    }
  };
  select.addEventListener('change', () => show(select.value));

  getJson('/api/batches').then((batches) => {
    if (batches.length === 0) {
      status.textContent = '尚无批次';
      return;
    }
    batches.forEach((batch) => {
      const option = element('option', null, batch.name + '（' + batch.code + '，' + batch.phaseLabel + '）');
      option.value = batch.code;
      select.appendChild(option);
    });
    show(select.value);
  }).catch((error) => {
    status.textContent = error.message;
  });
}

/** The tile on Cockpit's dashboard: what the page shows, and the way there. */
function renderTile(node) {
  node.textContent = '';
  const tile = element('section', 'nine-ones-tile');
  tile.appendChild(element('h3', null, '九个一推进看板'));
  tile.appendChild(element('p', null, '各县市区企业推进阶段、逾期待办任务、十二月抽查验收结果与合格率、扣分排名，以及与附件2一致的统计表。'));
  const link = element('a', 'btn btn-primary nine-ones-open-dashboard', '打开推进看板');
  link.href = '#' + ROUTE;
  tile.appendChild(link);
  node.appendChild(tile);
}

export default [
  {
    id: 'nine-ones.dashboard.tile',
    pluginPoint: 'cockpit.dashboard',
    priority: 200,
    render: (node) => renderTile(node)
  },
  {
    id: 'nine-ones.dashboard.page',
    pluginPoint: 'cockpit.route',
    properties: {path: ROUTE, label: '九个一推进看板'},
    render: (node) => renderDashboard(node)
  }
];
