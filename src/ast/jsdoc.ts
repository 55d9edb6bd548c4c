/** The JSDoc `@deprecated` tag (not `@deprecatedSince` or another longer tag). */
export const DEPRECATED_TAG = /@deprecated\b/;
