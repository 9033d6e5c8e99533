// htmx requests carry the CSRF token the way the server's SPA handler reads it: the raw value of the
// XSRF-TOKEN cookie in the X-XSRF-TOKEN header (plain forms send the masked token as a hidden field).
document.addEventListener('htmx:configRequest', function (event) {
  var match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
  if (match) {
    event.detail.headers['X-XSRF-TOKEN'] = decodeURIComponent(match[1]);
  }
});

// A button marked data-once is pressed once: a double click on "Cấp số" sends one request.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset.submitted === 'true') {
    event.preventDefault();
    return;
  }
  if (form.querySelector('[data-once]')) {
    form.dataset.submitted = 'true';
    form.querySelectorAll('[data-once]').forEach(function (b) { b.setAttribute('aria-busy', 'true'); });
  }
});
