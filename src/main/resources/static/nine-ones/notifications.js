// nine-ones: the notification log for administrators and the city bureau.
(function () {
  'use strict';
  var KIND = {REMINDER: '即将到期提醒', OVERDUE: '逾期通知', ESCALATION: '逾期督办'};
  var STATUS = {PENDING: '待发送', SENT: '已发送'};
  function time(value) { return value ? new Date(value).toLocaleString('zh-CN', {hour12: false}) : ''; }
  fetch('/api/notifications', {credentials: 'same-origin'})
    .then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body.message || ('请求失败（' + response.status + '）')); }
        return body;
      });
    })
    .then(function (body) {
      var calendar = document.getElementById('calendar');
      calendar.textContent = '节假日日历已有年份：' + body.calendarYears.join('、');
      if (body.calendarMissingYears.length) {
        calendar.className = 'notice';
        calendar.textContent += '。警告：计算期限时需要 ' + body.calendarMissingYears.join('、') +
          ' 年的节假日安排，日历中没有，暂按周末计算，请尽快导入国务院办公厅的节假日安排。';
      }
      var rows = document.querySelector('#log tbody');
      body.notifications.forEach(function (n) {
        var row = document.createElement('tr');
        [time(n.plannedAt), KIND[n.kind], n.recipient, n.address, n.taskName, n.enterpriseName, n.agencyName,
          time(n.dueAt), STATUS[n.status] || n.status, time(n.sentAt)].forEach(function (value) {
          var cell = document.createElement('td');
          cell.textContent = value || '';
          row.appendChild(cell);
        });
        rows.appendChild(row);
      });
      if (!body.notifications.length) { document.getElementById('message').textContent = '暂无通知记录。'; }
    })
    .catch(function (error) { document.getElementById('message').textContent = error.message; });
}());
