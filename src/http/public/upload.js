// Progressive enhancement for the documents page: each plain upload form becomes a resumable
// tus upload (tus-js-client, served from /assets/vendor/) with progress, retries after a dropped
// connection, and resume from where it stopped — even after a reload, through the fingerprint
// kept in localStorage. Without JavaScript, or when tus is unsupported, the form posts as usual.
(function () {
  'use strict';
  var tus = window.tus;
  if (!tus || !tus.isSupported || !window.FormData) return;

  // 5 MiB: S3's least part size, so an S3-backed server stores each PATCH as one part.
  var CHUNK_BYTES = 5 * 1024 * 1024;
  var RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000, 60000, 60000];

  function field(form, name) {
    var el = form.querySelector('[name="' + name + '"]');
    if (!el) return '';
    if (el.type === 'checkbox') return el.checked ? 'on' : '';
    return el.value || '';
  }

  function isRefusal(err) {
    var res = err && err.originalResponse;
    var status = res ? res.getStatus() : 0;
    return status >= 400 && status < 500 && status !== 409 && status !== 423;
  }

  function enhance(form) {
    var status = form.querySelector('.upload-status');
    var button = form.querySelector('button[type="submit"]');
    var input = form.querySelector('input[type="file"]');
    var running = false;

    function say(text, isError) {
      status.hidden = false;
      status.textContent = text;
      status.className = isError ? 'upload-status field-error' : 'upload-status hint';
    }

    form.addEventListener('submit', function (event) {
      var file = input && input.files && input.files[0];
      if (!file || running) return; // no file: the server says "choose a file"
      event.preventDefault();
      running = true;
      if (button) button.disabled = true;
      var applicationId = form.getAttribute('data-application');
      var slot = field(form, 'slot');
      var role = field(form, 'role');
      var translationOf = field(form, 'translationOf');
      var upload = new tus.Upload(file, {
        endpoint: '/uploads',
        chunkSize: CHUNK_BYTES,
        retryDelays: RETRY_DELAYS,
        headers: { 'X-CSRF-Token': field(form, '_csrf') },
        metadata: {
          applicationId: applicationId,
          slot: slot,
          role: role,
          translationOf: translationOf,
          issuedOn: field(form, 'issuedOn'),
          isOtherLanguage: field(form, 'isOtherLanguage'),
          filename: file.name,
          filetype: file.type,
        },
        // The same file sent to another slot is another upload: the slot is in the fingerprint.
        fingerprint: function (f) {
          return Promise.resolve(
            [
              'jx',
              applicationId,
              slot,
              role,
              translationOf,
              f.name,
              f.type,
              f.size,
              f.lastModified,
            ].join('|'),
          );
        },
        removeFingerprintOnSuccess: true,
        onProgress: function (sent, total) {
          var percent = total ? Math.floor((sent / total) * 100) : 0;
          say(form.getAttribute('data-msg-progress').replace('{percent}', String(percent)), false);
        },
        onShouldRetry: function (err) {
          if (isRefusal(err)) return false;
          say(form.getAttribute('data-msg-resuming'), false);
          return true;
        },
        onSuccess: function () {
          var page = '/applications/' + applicationId + '/documents?uploaded=1';
          var url = page + '#slot-' + encodeURIComponent(slot);
          // A URL that differs only in its #fragment scrolls instead of loading: after the first
          // upload the page is already at ?uploaded=1, so reload it explicitly.
          if (window.location.pathname + window.location.search === page) {
            window.history.replaceState(null, '', url);
            window.location.reload();
          } else {
            window.location.assign(url);
          }
        },
        onError: function (err) {
          running = false;
          if (button) button.disabled = false;
          if (isRefusal(err)) {
            // The server's own words, in the page's language: "This file is a PDF, but …".
            var body = err.originalResponse.getBody() || '';
            say(form.getAttribute('data-msg-failed') + ' ' + body.trim(), true);
            return;
          }
          // tus gave up (no connection for minutes, or a server error): the plain form remains.
          say(form.getAttribute('data-msg-failed'), true);
          form.submit();
        },
      });
      upload.findPreviousUploads().then(function (previous) {
        if (previous.length > 0) upload.resumeFromPreviousUpload(previous[0]);
        upload.start();
      });
    });
  }

  var forms = document.querySelectorAll('form[data-upload]');
  for (var i = 0; i < forms.length; i++) enhance(forms[i]);
})();
