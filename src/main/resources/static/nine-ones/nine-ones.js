// nine-ones: the import and reports page. Uses the Camunda webapp session of the logged-in user.
(function () {
  'use strict';
  var OUTCOME = {IMPORTED: '已导入', SKIPPED: '已跳过', REJECTED: '未导入'};
  var batchSelect = document.getElementById('batch');
  var message = document.getElementById('import-message');

  function api(path, options) {
    options = options || {};
    options.credentials = 'same-origin';
    options.headers = Object.assign({'X-Requested-With': 'nine-ones'}, options.headers || {});
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 401) { document.getElementById('login-hint').hidden = false; }
        if (!response.ok) { throw new Error(body.message || ('请求失败（' + response.status + '）')); }
        return body;
      });
    });
  }

  function selectedBatch() { return batchSelect.value; }

  function updateLinks() {
    var code = encodeURIComponent(selectedBatch());
    document.getElementById('report-list').href = '/api/batches/' + code + '/reports/enterprise-list.xlsx';
    document.getElementById('report-statistics').href = '/api/batches/' + code + '/reports/statistics.xlsx';
    document.getElementById('report-deductions').href = '/api/batches/' + code + '/reports/deductions.xlsx';
    var option = batchSelect.options[batchSelect.selectedIndex];
    document.getElementById('batch-phase').textContent = option ? option.dataset.phase : '';
  }

  function showReport(report) {
    var table = document.getElementById('import-result');
    var body = table.querySelector('tbody');
    body.innerHTML = '';
    report.lines.forEach(function (line) {
      var row = document.createElement('tr');
      row.className = line.outcome;
      [line.line, OUTCOME[line.outcome], line.creditCode || '', line.enterpriseName || '', line.message || '']
        .forEach(function (value) {
          var cell = document.createElement('td');
          cell.textContent = value;
          row.appendChild(cell);
        });
      body.appendChild(row);
    });
    table.hidden = false;
    message.className = report.rejected > 0 ? 'error' : '';
    message.textContent = '导入 ' + report.imported + ' 行，跳过 ' + report.skipped + ' 行，未导入 ' + report.rejected + ' 行。';
  }

  batchSelect.addEventListener('change', updateLinks);

  document.getElementById('import-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('file').files[0];
    if (!selectedBatch()) { message.className = 'error'; message.textContent = '请先选择批次'; return; }
    if (!file) { message.className = 'error'; message.textContent = '请选择要导入的文件'; return; }
    var data = new FormData();
    data.append('file', file);
    message.className = '';
    message.textContent = '正在导入……';
    document.getElementById('import-button').disabled = true;
    var target = document.getElementById('fixed-list').checked ? '/list/import' : '/nominations/import';
    api('/api/batches/' + encodeURIComponent(selectedBatch()) + target, {method: 'POST', body: data})
      .then(showReport)
      .catch(function (error) { message.className = 'error'; message.textContent = error.message; })
      .finally(function () { document.getElementById('import-button').disabled = false; });
  });

  // the demo profile offers filled-in sample sheets; elsewhere the address answers 404 and the links stay hidden
  fetch('/api/demo/sample-sheet.xlsx', {method: 'HEAD', credentials: 'same-origin'}).then(function (response) {
    document.getElementById('sample-sheets').hidden = !response.ok;
  }).catch(function () { /* no sample sheets */ });

  api('/api/batches').then(function (batches) {
    batches.forEach(function (batch) {
      var option = document.createElement('option');
      option.value = batch.code;
      option.textContent = batch.code + ' ' + batch.name;
      option.dataset.phase = batch.phaseLabel + '（提报截止 ' + batch.nominationCloses + '）';
      batchSelect.appendChild(option);
    });
    if (!batches.length) { message.textContent = '尚无批次：请市局先在 Tasklist 中发起“九个一批次”。'; }
    updateLinks();
  }).catch(function (error) { message.className = 'error'; message.textContent = error.message; });
}());
