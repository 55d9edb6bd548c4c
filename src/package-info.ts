import { readFileSync } from 'node:fs';

// package.json is one level up from both src/ and dist/, so name, version and the project's address
// have one source: rule docs URLs, the report's tool field and SARIF's informationUri all read it.
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  repository: { url: string };
};

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
function webAddressOf(repositoryUrl: string): string {
  return repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** The package's name, version and repository address: the plugin's `meta`, every report's `tool`. */
export const PACKAGE_INFO: { readonly name: string; readonly version: string; readonly repositoryUrl: string } =
  Object.freeze({
    name: manifest.name,
    version: manifest.version,
    repositoryUrl: webAddressOf(manifest.repository.url),
  });
