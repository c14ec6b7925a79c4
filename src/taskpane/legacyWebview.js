/* global navigator, document */
// Copied as is to dist/legacy-webview.js (webpack.config.js) and loaded by taskpane.html after
// #root and #legacy-webview: in Internet Explorer (Trident) and Edge Legacy webviews, which
// volume-licensed Office up to 2019 still uses and which cannot run the bundle, it shows the
// message instead of the React UI. A file rather than an inline script, so that the page's
// Content-Security-Policy needs no 'unsafe-inline' for scripts. ES3 on purpose: no let, no arrows.
(function () {
  var ua = navigator.userAgent;
  if (ua.indexOf('Trident') !== -1 || ua.indexOf('Edge/') !== -1) {
    document.getElementById('root').style.display = 'none';
    document.getElementById('legacy-webview').style.display = 'block';
  }
})();
