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
  document.addEventListener('DOMContentLoaded', function () {
    openTarget();
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
