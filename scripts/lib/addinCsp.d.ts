/** Types of addinCsp.js (CommonJS, required by webpack.config.js). */
export declare const DEFAULT_OFFICE_JS_URL: string;
export declare function officeJsUrl(env?: Record<string, string | undefined>): string;
export declare function addinCsp(officeJs: string): string;
