import { readFileSync } from 'node:fs';

// package.json is one level up from both src/ and dist/, so name and version have one source.
const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

/** The package's name and version: the plugin's `meta` and the `tool` field of every report. */
export const PACKAGE_INFO: { readonly name: string; readonly version: string } = Object.freeze({ name, version });
