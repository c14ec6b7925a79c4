// The add-in pages' Content-Security-Policy and where they load Office.js from. Used by
// webpack.config.js (html-webpack-plugin templateParameters of taskpane.html and commands.html)
// and by test/security/csp.test.ts. CommonJS: webpack.config.js requires it as it is.
//
//   OFFICE_JS_URL=https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js npm run build
//
// See docs/deploy.md ("Where Office.js comes from") for the choices.
'use strict';

/** Microsoft's global CDN (the default). */
const DEFAULT_OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** An https URL of a .js file with nothing that needs escaping in HTML or in a CSP source. */
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~%-]+)*\/[A-Za-z0-9._~%-]+\.js$/;

/** OFFICE_JS_URL (or the default), checked: it goes into a script tag and into the CSP. */
function officeJsUrl(env) {
  const source = env || process.env;
  const value = String(source.OFFICE_JS_URL || DEFAULT_OFFICE_JS_URL).trim();
  if (!SAFE_URL.test(value)) {
    throw new Error(
      `OFFICE_JS_URL must be an https URL of a .js file without query or fragment, e.g. ${DEFAULT_OFFICE_JS_URL} (got "${value}")`,
    );
  }
  return value;
}

/**
 * The policy of the add-in's pages. Scripts only from the add-in's own origin and the origin
 * Office.js is loaded from (Office.js loads its host files and helpers from its own base path);
 * connections only to the add-in's own origin (the engine runs in the page, nothing is fetched
 * from elsewhere; this also keeps any beacon from reaching a third party); no eval, no inline
 * script, no plugins. Styles may be inline: Fluent UI (Griffel) inserts <style> elements at run
 * time and Office.js's host files set inline styles. `frame-ancestors` cannot be set from a
 * <meta> (browsers ignore it there) and must allow the Office hosts anyway, so it is left out.
 */
function addinCsp(officeJs) {
  const origin = new URL(officeJs).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${origin}`,
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { DEFAULT_OFFICE_JS_URL, officeJsUrl, addinCsp };
