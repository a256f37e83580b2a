/*
 * "Check before you transfer": where the browser reads QR codes itself (Chrome on Android), a button opens the
 * camera, reads the VietQR code a stranger sent and checks it. Elsewhere the code's text is pasted; the form works
 * without this script.
 */
(function () {
  'use strict';
  var form = document.getElementById('check-form');
  if (!form || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  var button = document.getElementById('check-scan');
  var video = document.getElementById('check-video');
  var input = document.getElementById('check-q');
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
}());
