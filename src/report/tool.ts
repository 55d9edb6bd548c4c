import { readFileSync } from 'node:fs';

// package.json is two levels up from both src/report/ and dist/report/, so the version has one source.
const { name, version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

/** The `tool` field of every report. */
export const TOOL: { readonly name: string; readonly version: string } = Object.freeze({ name, version });
