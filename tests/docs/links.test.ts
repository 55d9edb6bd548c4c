// The project's address has one source, package.json `repository`: the rules' docs URLs, the
// README's and docs' links to the project, and the report's SARIF `informationUri` all use it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { PACKAGE_INFO } from '../../src/package-info.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

describe('the project address', () => {
  it('comes from package.json repository', () => {
    expect(PACKAGE_INFO.repositoryUrl).toBe('https://github.com/eslint-plugin-ssot/eslint-plugin-ssot');
  });

  it('starts every rule docs URL', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.docs?.url).toBe(`${PACKAGE_INFO.repositoryUrl}/blob/main/docs/rules/${name}.md`);
    }
  });

  it('is the only address the README and docs give for this project', () => {
    const pages = [
      path.join(root, 'README.md'),
      path.join(root, 'CHANGELOG.md'),
      ...markdownFiles(path.join(root, 'docs')),
    ];
    const links = pages.flatMap((page) =>
      [
        ...fs.readFileSync(page, 'utf8').matchAll(/https:\/\/github\.com\/[\w.-]+\/eslint-plugin-ssot\b[^\s)>\]"'`]*/g),
      ].map(([link]) => ({ page: path.relative(root, page), link })),
    );
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter(({ link }) => !link.startsWith(PACKAGE_INFO.repositoryUrl))).toEqual([]);
  });
});
