// Progressive enhancement for application sections: each field saves as it is typed (after a
// pause) and when it is left; a live count of characters/words where a minimum applies
// (R-GEN-WORDS). What could not be sent (signed out, link dropped) is kept in this browser and
// sent again on the next visit. The form's own submit button works without any of this.
(function () {
  var box = document.querySelector('[data-autosave]');
  if (!box || !window.fetch) return;
  var form = box.closest('form');
  var url = box.getAttribute('data-autosave');
  var section = box.getAttribute('data-section');
  var csrf = form.querySelector('input[name="_csrf"]');
  var status = form.querySelector('.autosave-status');
  var zh = document.documentElement.lang === 'zh-CN';
  var say = {
    saving: zh ? '正在保存…' : 'Saving…',
    saved: zh ? '已保存' : 'Saved',
    kept: zh
      ? '未能保存：您可能已退出登录或网络中断。您填写的内容保存在本设备上，重新登录后将自动保存。'
      : 'Not saved yet: you may be signed out or offline. What you typed is kept on this device and will be saved when you are back.',
    words: zh ? '字数：' : 'Characters/words: ',
    of: zh ? '，至少 ' : ' of at least ',
  };
  var storeKey = 'jx-unsaved:' + url + ':' + section;
  var pending = {};
  var timer = null;

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storeKey) || '{}');
    } catch (e) {
      return {};
    }
  }
  function keep(fields) {
    try {
      var all = load();
      for (var k in fields) all[k] = fields[k];
      localStorage.setItem(storeKey, JSON.stringify(all));
    } catch (e) {}
  }
  function forget() {
    try {
      localStorage.removeItem(storeKey);
    } catch (e) {}
  }

  function send(fields) {
    if (status) status.textContent = say.saving;
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ? csrf.value : '' },
      body: JSON.stringify({ section: section, fields: fields }),
    })
      .then(function (res) {
        // Refused (a control character pasted in): say what the server says, in the page's
        // language; the field is kept here and sent again once it is corrected.
        if (res.status === 400)
          return res.json().then(function (body) {
            keep(fields);
            if (status) status.textContent = (body && body.error && body.error.message) || say.kept;
          });
        if (!res.ok) throw new Error(String(res.status));
        forget();
        if (status) status.textContent = say.saved;
      })
      .catch(function () {
        keep(fields);
        if (status) status.textContent = say.kept;
      });
  }

  function flush() {
    var fields = pending;
    pending = {};
    var any = false;
    for (var k in fields) {
      any = true;
      break;
    }
    if (any) send(fields);
  }

  function changed(el) {
    if (!el.name || el.name === '_csrf') return;
    pending[el.name] = el.value;
    keep(pending);
    clearTimeout(timer);
    timer = setTimeout(flush, 1200);
  }

  // R-GEN-WORDS, as the server counts: each Han character one, each other word one.
  var seg =
    window.Intl && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  function count(text) {
    if (!seg) return text.split(/\s+/).filter(Boolean).length;
    var n = 0,
      it = seg.segment(text)[Symbol.iterator](),
      s;
    while (!(s = it.next()).done) {
      if (!s.value.isWordLike) continue;
      var han = (s.value.segment.match(/\p{Script=Han}/gu) || []).length;
      n += han > 0 ? han + (/[^\p{Script=Han}]/u.test(s.value.segment) ? 1 : 0) : 1;
    }
    return n;
  }
  function showCount(el) {
    var holder = el.closest('[data-min-words]');
    var out = form.querySelector('[data-count-for="' + el.name + '"]');
    if (!holder || !out) return;
    out.textContent = say.words + count(el.value) + say.of + holder.getAttribute('data-min-words');
  }

  box.addEventListener('input', function (e) {
    changed(e.target);
    if (e.target.tagName === 'TEXTAREA') showCount(e.target);
  });
  box.addEventListener('change', function (e) {
    changed(e.target);
  });
  box.addEventListener('focusout', function () {
    clearTimeout(timer);
    flush();
  });
  var areas = box.querySelectorAll('textarea');
  for (var i = 0; i < areas.length; i++) showCount(areas[i]);
  // Says that typing is now watched: what was typed before this script ran (a slow link) is
  // saved by the section's own button, not as it was typed.
  box.setAttribute('data-autosave-ready', '');

  // Typing kept from a visit that could not save: put it back and send it.
  var kept = load();
  var has = false;
  for (var name in kept) {
    var el = form.elements[name];
    if (el && el.value !== kept[name]) {
      el.value = kept[name];
      has = true;
    }
  }
  if (has) send(kept);
})();
