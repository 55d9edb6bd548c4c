// Which installed ESLint the integration tests and `npm run stress` run. The ESLint 10
// devDependency is the default; older supported versions are installed as npm aliases (see
// package.json devDependencies) and chosen by SSOT_ESLINT. One table, read by the test helpers,
// the vitest projects and the scripts, so they cannot disagree about what a selector means.
// Load ESLint by package name or by path, never through `node_modules/.bin/eslint`: every alias
// ships an `eslint` bin too, and an incremental `npm install` lets the last one linked win.

/** SSOT_ESLINT value → the package that provides that ESLint. */
export const eslintPackages = Object.freeze({
  // The devDependency: what `npm run lint` and users of the newest major run.
  10: 'eslint',
  // The newest ESLint 9.
  9: 'eslint-v9',
  // The lowest version peerDependencies accept (`^9.15.0`).
  9.15: 'eslint-v9-15',
});

/** The selector used when SSOT_ESLINT is unset or empty, and the package it selects. */
export const defaultEslintSelector = '10';
export const defaultEslintPackage = eslintPackages[defaultEslintSelector];

/**
 * The package SSOT_ESLINT selects. An unknown value throws: a typo must not quietly run the
 * default ESLint under another name.
 * @param {string | undefined} selector
 * @returns {string}
 */
export function selectedEslintPackage(selector = process.env.SSOT_ESLINT) {
  const key = selector === undefined || selector === '' ? defaultEslintSelector : selector;
  const name = Object.hasOwn(eslintPackages, key) ? eslintPackages[key] : undefined;
  if (name === undefined) {
    throw new Error(
      `SSOT_ESLINT=${selector} selects no installed ESLint; use one of ${Object.keys(eslintPackages).join(', ')}.`,
    );
  }
  return name;
}
