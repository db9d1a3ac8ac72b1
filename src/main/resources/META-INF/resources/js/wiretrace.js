// Small progressive enhancements; every page works without them.
(function () {
  'use strict';
  // Open the evidence of the edge a link points at (#hop-2), so it is one click away.
  function openTarget() {
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return;
    var d = el.tagName === 'DETAILS' ? el : el.querySelector('details');
    if (d) d.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  // The import page uploads the chosen file as the request body (streamed to the import store by the service).
  function upload(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = form.querySelector('input[type=file]').files[0];
      var note = form.querySelector('.progress');
      if (!file) return;
      note.hidden = false;
      note.textContent = 'Uploading ' + file.name + '…';
      fetch('/api/imports?name=' + encodeURIComponent(file.name), {
        method: 'POST', body: file, credentials: 'same-origin',
        headers: {'Content-Type': 'application/octet-stream', 'X-CSRF-Token': form.querySelector('[name=csrf]').value}
      }).then(function (r) { return r.json().then(function (body) { return {ok: r.ok, body: body}; }); })
        .then(function (r) {
          if (r.ok) { location.href = '/imports/' + r.body.id; } else { note.textContent = r.body.detail || 'Refused'; }
        })
        .catch(function (e) { note.textContent = 'Upload failed: ' + e; });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    openTarget();
    document.querySelectorAll('form[data-upload]').forEach(upload);
    // A check can take a while (a fetch): say so, and stop double submits.
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function () {
        var p = form.querySelector('.progress');
        if (p) { p.textContent = form.getAttribute('data-progress'); p.hidden = false; }
        setTimeout(function () {
          form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        }, 0);
      });
    });
  });
})();
