// Webpack 5 build for the Excel add-in "绩效自评助手".
//
//   npm run build        production bundle in dist/ (manifest URLs rewritten to $ADDIN_HOST)
//   npm run build:dev    development bundle in dist/
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs, or http:// when the
//                        certificates cannot be obtained (e.g. no sudo to trust the CA)
//
// Office.js is loaded from Microsoft's CDN by taskpane.html and commands.html (never copied: copying
// @microsoft/office-js makes Terser minify ~700 files); OFFICE_JS_URL picks another CDN (the one
// for Microsoft 365 operated by 21Vianet, see docs/deploy.md). Both pages carry a
// Content-Security-Policy allowing scripts only from the add-in's origin and Office.js's origin
// (scripts/lib/addinCsp.js). preview.html runs without Office.js.
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinCsp, officeJsUrl } = require('./scripts/lib/addinCsp');

/** The origin every URL in manifest*.xml uses during development. */
const DEV_ORIGIN = 'https://localhost:3000';
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;

/**
 * Where the production add-in is served from: an https origin, optionally with a path prefix
 * (https://example.gov.cn/addins/perf). Only characters that need no XML escaping are accepted.
 */
function addinHost() {
  const value = (process.env.ADDIN_HOST || DEV_ORIGIN).trim().replace(/\/+$/, '');
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~%-]+)*$/.test(value)) {
    throw new Error(
      `ADDIN_HOST must be an https origin with an optional path, e.g. https://addins.example.gov.cn/perf (got "${value}")`,
    );
  }
  return value;
}

/**
 * copy-webpack-plugin transform: point the manifest at the production host. <AppDomain> takes an
 * origin only, so it gets the host's origin without the path prefix.
 */
function rewriteManifestUrls(host) {
  const origin = new URL(host).origin;
  return (content) => {
    const xml = content.toString('utf8');
    if (host === DEV_ORIGIN) return xml;
    return xml
      .replace(/(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g, `$1${origin}$2`)
      .split(DEV_ORIGIN)
      .join(host);
  };
}

/** HTTPS options from office-addin-dev-certs, or null (plain HTTP) when they cannot be obtained. */
async function devServerHttpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const reason = String((err && err.message) || err).split('\n')[0];
    console.warn(
      `\n[webpack] Dev certificates unavailable (${reason}).\n` +
        `[webpack] Serving plain http://localhost:${DEV_PORT}; Office will not load the add-in from it, but a browser can.\n`,
    );
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const isProd = mode === 'production';
  const host = isProd ? addinHost() : DEV_ORIGIN;

  // The add-in pages get Office.js's URL and the policy that allows it (templateParameters are
  // merged with html-webpack-plugin's own).
  const officeJs = officeJsUrl();
  const addinPageParameters = { officeJsUrl: officeJs, contentSecurityPolicy: addinCsp(officeJs) };

  const page = (name, entry, template, templateParameters) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [entry],
      scriptLoading: 'defer',
      ...(templateParameters ? { templateParameters } : {}),
    });

  const config = {
    mode,
    context: __dirname,
    entry: {
      // Each entry imports src/app/noEval.ts first: zod must not probe for eval under the CSP.
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The ribbon command's dialog (src/commands/commandDialog.ts opens it).
      commandDialog: './src/commands/dialogPage.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: isProd ? '[name].[contenthash:8].js' : '[name].js',
      // The engine and the Office.js gateway are loaded on demand (src/app/engine.ts, src/taskpane/index.tsx).
      chunkFilename: isProd ? '[name].[contenthash:8].chunk.js' : '[name].chunk.js',
      // Chunks next to the pages that load them (every page is at the root of dist/): no 'auto'
      // public path, whose run-time detection refers to importScripts (a network API the bundle
      // scan refuses).
      publicPath: '',
      clean: true,
    },
    // No eval-based source maps in development either: the pages' CSP allows no eval, and the
    // development build should run under the policy it ships with.
    devtool: isProd ? false : 'cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // tsconfig.json targets CommonJS for jest/tsx; ES modules here let webpack tree-shake Fluent UI.
              // ES2017 for the browser: the Edge Legacy web view (Office 2019 on Windows) parses
              // neither `?.`/`??` (ES2020) nor object spread, optional catch binding or class fields;
              // TypeScript lowers those in our code (node_modules are not transpiled: see README).
              compilerOptions: { module: 'esnext', target: 'ES2017', sourceMap: !isProd },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', 'taskpane', './src/taskpane/taskpane.html', addinPageParameters),
      page('commands', 'commands', './src/commands/commands.html', addinPageParameters),
      page('command-dialog', 'commandDialog', './src/commands/commandDialog.html', addinPageParameters),
      page('preview', 'preview', './src/preview/preview.html'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          { from: 'src/support/support.html', to: 'support.html' },
          // The legacy-webview check of taskpane.html: a file, not an inline script, so that the
          // CSP needs no 'unsafe-inline' for scripts. Plain ES3, copied as is (never bundled).
          { from: 'src/taskpane/legacyWebview.js', to: 'legacy-webview.js' },
          // The same for the ribbon's function file (commands.html) and the static message it shows.
          { from: 'src/commands/legacyCommands.js', to: 'commands-legacy.js' },
          { from: 'src/commands/commandLegacy.html', to: 'command-legacy.html' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            ...(isProd ? { transform: { transformer: rewriteManifestUrls(host), cache: false } } : {}),
          },
        ],
      }),
    ],
    performance: {
      // React + Fluent UI; the add-in is loaded once per session from the same origin.
      hints: isProd ? 'warning' : false,
      maxAssetSize: 700 * 1024,
      maxEntrypointSize: 700 * 1024,
    },
    stats: isProd ? 'normal' : 'minimal',
  };

  if (env.WEBPACK_SERVE) {
    const https = await devServerHttpsOptions();
    config.devServer = {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      server: https ? { type: 'https', options: https } : { type: 'http' },
      client: { overlay: { errors: true, warnings: false } },
    };
  }

  return config;
};
