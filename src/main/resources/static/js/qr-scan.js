/*
 * Reading a QR code with the phone's camera, for any form marked data-qr-scan: where the browser reads QR codes
 * itself (Chrome on Android), its hidden [data-qr-camera] button appears; it opens the camera in [data-qr-video],
 * puts the code it reads in [data-qr-target] and sends the form. Elsewhere the code is pasted or typed by a
 * scanner; the form works without this script. Used by the activity page (a member's card) and "check before you
 * transfer" (a VietQR code a stranger sent).
 */
(function () {
  'use strict';
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  document.querySelectorAll('form[data-qr-scan]').forEach(function (form) {
    var button = form.querySelector('[data-qr-camera]');
    var video = form.querySelector('[data-qr-video]');
    var input = form.querySelector('[data-qr-target]');
    if (!button || !video || !input) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        var stop = function () { stream.getTracks().forEach(function (t) { t.stop(); }); video.hidden = true; };
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length) {
              stop();
              input.value = codes[0].rawValue;
              form.submit();
            } else {
              setTimeout(look, 250);
            }
          }, function () { setTimeout(look, 250); });
        };
        look();
      }, function () { button.hidden = true; });
    });
  });
}());
