// nine-ones: the demo mailbox (demo profile, administrators only). Uses the Camunda webapp session.
(function () {
  'use strict';
  var main = document.getElementById('mails');
  var message = document.getElementById('message');

  function show(mail) {
    var article = document.createElement('article');
    var subject = document.createElement('h3');
    subject.textContent = mail.subject;
    article.appendChild(subject);
    var meta = document.createElement('p');
    meta.textContent = '收件人：' + mail.to.join('，') + '　时间：' +
      new Date(mail.sentAt).toLocaleString('zh-CN', {hour12: false});
    article.appendChild(meta);
    var body = document.createElement('pre');
    body.textContent = mail.body;
    article.appendChild(body);
    main.appendChild(article);
  }

  fetch('/api/demo/mails', {credentials: 'same-origin'})
    .then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) { throw new Error(body.message || ('请求失败（' + response.status + '）')); }
        return body;
      });
    })
    .then(function (mails) {
      message.textContent = mails.length ? '共 ' + mails.length + ' 封' : '尚未收到邮件。';
      mails.forEach(show);
    })
    .catch(function (error) { message.textContent = '无法加载：' + error.message; });
}());
