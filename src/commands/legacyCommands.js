/* global navigator, Office */
/* eslint no-unused-vars: ["error", { "caughtErrors": "none" }] */
// Copied as is to dist/commands-legacy.js (webpack.config.js) and loaded by commands.html right
// after Office.js, before the (deferred) commands bundle. Internet Explorer (Trident) and Edge
// Legacy web views, which Office 2019 and older use on Windows, cannot parse that bundle (ES2017+,
// and ES2020 syntax from zod): without this file the ribbon button would spin and say nothing.
// Here, in those web views only, 检查表格 shows a short static message (command-legacy.html) and
// completes cleanly. The manifest asks for ExcelApi 1.9, which these Office versions do not offer,
// so this is a safety net. ES3 on purpose: no let, no arrows, no promises.
(function () {
  var ua = navigator.userAgent;
  if (ua.indexOf('Trident') === -1 && ua.indexOf('Edge/') === -1) return;
  function completeOnly(event) {
    var finished = false;
    function finish() {
      if (finished) return;
      finished = true;
      try {
        event.completed();
      } catch (e) {
        // nothing else to do
      }
    }
    try {
      var url = window.location.href.replace(/[^/]*([?#].*)?$/, 'command-legacy.html');
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, function (result) {
        if (result.status !== 'succeeded') return finish();
        var dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        window.setTimeout(function () {
          try {
            dialog.close();
          } catch (e) {
            // already closed
          }
          finish();
        }, 60000);
      });
    } catch (e) {
      finish();
    }
  }
  window.checkTable = completeOnly;
  if (window.Office) {
    try {
      Office.actions.associate('checkTable', completeOnly);
    } catch (e) {
      // associated again once Office is ready
    }
    if (Office.onReady) {
      Office.onReady(function () {
        try {
          if (Office.actions) Office.actions.associate('checkTable', completeOnly);
        } catch (e) {
          // this Office looks the function up on window instead
        }
      });
    }
  }
})();
