/*
 * Attendance by card on the activity page: where the browser reads QR codes itself (Chrome on Android),
 * a button opens the camera, reads a member's card and submits it; elsewhere the officer pastes the code
 * or uses a scanner that types it. The form works without this script.
 */
(function () {
  'use strict';
  var form = document.getElementById('scan-card');
  if (!form || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  var button = document.getElementById('scan-card-camera');
  var video = document.getElementById('scan-card-video');
  var input = form.querySelector('input[name=token]');
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
