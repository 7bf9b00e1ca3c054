// Progressive enhancement of the review score form: scores and the comment save as they are
// typed (after a pause) and when a field is left; a refused score shows its error beside the
// field, in the page's language as the server wrote it. The form's own buttons work without it.
(function () {
  var box = document.querySelector('[data-autosave]');
  if (!box || !window.fetch) return;
  var form = box.closest('form');
  var url = box.getAttribute('data-autosave');
  var csrf = form.querySelector('input[name="_csrf"]');
  var status = form.querySelector('.autosave-status');
  var zh = document.documentElement.lang === 'zh-CN';
  var say = {
    saving: zh ? '正在保存…' : 'Saving…',
    saved: zh ? '已保存草稿' : 'Draft saved',
    failed: zh
      ? '未能保存：您可能已退出登录或网络中断。请点击“保存草稿”。'
      : 'Not saved: you may be signed out or offline. Use “Save draft”.',
  };
  var pending = { scores: {} };
  var timer = null;

  function showError(name, message) {
    var el = form.elements[name];
    var out = document.getElementById(name + '-error');
    if (!el || !out) return;
    out.textContent = message || '';
    out.hidden = !message;
    if (message) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
    var field = el.closest('.field');
    if (field) field.classList.toggle('field--error', !!message);
  }

  function flush() {
    var body = pending;
    pending = { scores: {} };
    var names = Object.keys(body.scores);
    if (names.length === 0 && body.comment === undefined) return;
    if (status) status.textContent = say.saving;
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      // A save started as the page is left (the next/previous shortcut) still arrives.
      keepalive: true,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ? csrf.value : '' },
      body: JSON.stringify(body),
    })
      .then(function (res) {
        return res.json().then(function (json) {
          if (!res.ok) throw new Error((json && json.error && json.error.message) || say.failed);
          names.forEach(function (id) {
            showError('score-' + id, '');
          });
          (json.problems || []).forEach(function (p) {
            showError(p.field, p.message);
          });
          if (status) status.textContent = say.saved;
        });
      })
      .catch(function (e) {
        if (status) status.textContent = (e && e.message) || say.failed;
      });
  }

  function changed(el) {
    if (!el.name) return;
    if (el.name === 'comment') pending.comment = el.value;
    else if (el.name.indexOf('score-') === 0) pending.scores[el.name.slice(6)] = el.value;
    else return;
    clearTimeout(timer);
    timer = setTimeout(flush, 800);
  }

  box.addEventListener('input', function (e) {
    changed(e.target);
  });
  box.addEventListener('focusout', function () {
    clearTimeout(timer);
    flush();
  });
  // Says that typing is now watched (tests and the keyboard journey wait for it).
  box.setAttribute('data-autosave-ready', '');
})();
