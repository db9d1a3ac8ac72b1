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
  // The verdict queue: j/k move between findings, n focuses the note, c/r confirm or reject; Enter in a note does
  // not submit (a verdict is always an explicit choice).
  function verdictKeys(list) {
    var items = Array.prototype.slice.call(list.querySelectorAll('.verdict-item'));
    var at = 0;
    function mark(i) {
      if (!items.length) return;
      at = Math.max(0, Math.min(items.length - 1, i));
      items.forEach(function (el, j) { el.classList.toggle('current', j === at); });
      items[at].scrollIntoView({block: 'nearest'});
    }
    list.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target.name === 'note') e.preventDefault();
    });
    document.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey || /INPUT|TEXTAREA|SELECT/.test(e.target.tagName)) return;
      var item = items[at];
      if (e.key === 'j') mark(at + 1);
      else if (e.key === 'k') mark(at - 1);
      else if (e.key === 'n' && item) { e.preventDefault(); item.querySelector('input[name=note]').focus(); }
      else if ((e.key === 'c' || e.key === 'r') && item) item.querySelector(e.key === 'c' ? '.confirm' : '.reject').click();
    });
    mark(0);
  }
  var queue = document.querySelector('.verdict-queue');
  if (queue) verdictKeys(queue);
})();
