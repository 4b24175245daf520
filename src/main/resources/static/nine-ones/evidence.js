// nine-ones: the evidence page. Lists the user's open tasks that take evidence, uploads and lists their
// files. Uses the Camunda webapp session; every POST carries X-Requested-With. ?task=<id> opens one task.
(function () {
  'use strict';
  var tasksMessage = document.getElementById('tasks-message');
  var uploadMessage = document.getElementById('upload-message');
  var current = null;

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

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    row.appendChild(td);
    return td;
  }

  function size(bytes) {
    if (bytes >= 1024 * 1024) { return (bytes / 1024 / 1024).toFixed(1) + ' MB'; }
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function date(value) {
    return value ? new Date(value).toLocaleString('zh-CN', {hour12: false}) : '';
  }

  function showTasks(tasks) {
    var table = document.getElementById('task-table');
    var body = table.querySelector('tbody');
    body.innerHTML = '';
    tasks.forEach(function (task) {
      var row = document.createElement('tr');
      [task.taskName, task.enterpriseName, task.creditCode, task.agencyName, task.batchCode, date(task.due), task.files]
        .forEach(function (value) { cell(row, value); });
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = '上传与查看';
      button.addEventListener('click', function () { open(task); });
      cell(row, '').appendChild(button);
      body.appendChild(row);
    });
    table.hidden = tasks.length === 0;
    tasksMessage.textContent = tasks.length ? '' : '目前没有需要上传佐证材料的待办。';
  }

  function open(task) {
    current = task;
    document.getElementById('evidence').hidden = false;
    document.getElementById('evidence-title').textContent =
      '佐证材料：' + task.enterpriseName + '（' + task.taskName + '）';
    uploadMessage.textContent = '';
    loadFiles();
  }

  function loadFiles() {
    api('/api/tasks/' + encodeURIComponent(current.taskId) + '/evidence').then(function (files) {
      var body = document.querySelector('#file-table tbody');
      body.innerHTML = '';
      files.forEach(function (file) {
        var row = document.createElement('tr');
        var link = document.createElement('a');
        link.href = file.url;
        link.textContent = file.fileName;
        cell(row, '').appendChild(link);
        [file.item || '—', size(file.size), file.uploadedBy, date(file.uploadedAt)].forEach(function (value) { cell(row, value); });
        body.appendChild(row);
      });
    }).catch(function (error) { uploadMessage.className = 'error'; uploadMessage.textContent = error.message; });
  }

  document.getElementById('upload-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('file').files[0];
    if (!current) { return; }
    if (!file) { uploadMessage.className = 'error'; uploadMessage.textContent = '请选择要上传的文件'; return; }
    if (file.size > 10 * 1024 * 1024) { uploadMessage.className = 'error'; uploadMessage.textContent = '文件超过10MB上限，请压缩后再上传'; return; }
    var data = new FormData();
    data.append('file', file);
    data.append('item', document.getElementById('item').value);
    uploadMessage.className = '';
    uploadMessage.textContent = '正在上传……';
    document.getElementById('upload-button').disabled = true;
    api('/api/tasks/' + encodeURIComponent(current.taskId) + '/evidence', {method: 'POST', body: data})
      .then(function (saved) {
        uploadMessage.textContent = '已上传：' + saved.fileName;
        document.getElementById('file').value = '';
        loadFiles();
        loadTasks();
      })
      .catch(function (error) { uploadMessage.className = 'error'; uploadMessage.textContent = error.message; })
      .finally(function () { document.getElementById('upload-button').disabled = false; });
  });

  function loadTasks() {
    return api('/api/evidence/tasks').then(function (tasks) {
      showTasks(tasks);
      return tasks;
    }).catch(function (error) { tasksMessage.className = 'error'; tasksMessage.textContent = error.message; return []; });
  }

  loadTasks().then(function (tasks) {
    var wanted = new URLSearchParams(window.location.search).get('task');
    var task = tasks.filter(function (t) { return t.taskId === wanted; })[0];
    if (task) { open(task); }
  });
}());
