// A print button (data-print) is hidden until this script runs: without script the browser's own print stays.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
