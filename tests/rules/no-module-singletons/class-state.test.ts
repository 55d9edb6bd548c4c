// A module-level instance is reported by default only when its class is declared in the project and
// keeps state; the class may live in another file, behind barrels and namespace imports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/no-module-singletons/index.js';
import { lintOne } from '../../helpers/lint-one.js';
import { tempProject } from '../../helpers/temp-project.js';

const project = tempProject('ssot-class-state-');
project.write('package.json', '{ "name": "app", "type": "module" }');
project.write(
  'src/cache/store.ts',
  `export class Store {
  private readonly entries = new Map<string, string>();
  remember(key: string, value: string) {
    this.entries.set(key, value);
  }
}
export class Formatter {
  constructor(private readonly locale: string) {}
  format(value: number) {
    return value.toLocaleString(this.locale);
  }
}
export default class {
  private hits = 0;
  hit() {
    this.hits += 1;
  }
}
`,
);
project.write('src/cache/index.ts', "export * from './store.js';\nexport { default as Hits } from './store.js';\n");

function lint(code: string): { line: number; message: string }[] {
  const filename = project.write('src/app.ts', code);
  return lintOne({ rule, name: 'no-module-singletons', code, filename, rootDir: project.root, cwd: project.root }).map(
    ({ line, message }) => ({ line, message }),
  );
}

describe('no-module-singletons: classes declared in other files of the project', () => {
  it('reports an instance of a stateful class imported directly, through a barrel, or a namespace', () => {
    const reports = lint(
      [
        "import { Store } from './cache/store.js';",
        "import { Store as Again, Hits } from './cache/index.js';",
        "import * as cache from './cache/store.js';",
        'export const store = new Store();',
        'export const again = new Again();',
        'export const hits = new Hits();',
        'export const third = new cache.Store();',
      ].join('\n'),
    );
    expect(reports.map(({ line }) => line)).toEqual([4, 5, 6, 7]);
    expect(reports[0]?.message).toContain("Store keeps state (its field 'entries' is changed in Store.remember())");
    expect(reports[2]?.message).toContain("its field 'hits' is assigned in hit()");
  });

  it('leaves alone a class that only sets its fields in its constructor, and classes outside the project', () => {
    const reports = lint(
      [
        "import { Formatter } from './cache/index.js';",
        "import { Queue } from 'bullmq';",
        "import { Missing } from './nowhere.js';",
        "export const formatter = new Formatter('en');",
        "export const queue = new Queue('jobs');",
        'export const missing = new Missing();',
      ].join('\n'),
    );
    expect(reports).toEqual([]);
  });

  it('reads the class file relative to the importing file', () => {
    expect(path.isAbsolute(project.root)).toBe(true);
    const nested = project.write(
      'src/routes/users.ts',
      "import { Store } from '../cache/store.js';\nexport const users = new Store();\n",
    );
    const code = "import { Store } from '../cache/store.js';\nexport const users = new Store();\n";
    const reports = lintOne({
      rule,
      name: 'no-module-singletons',
      code,
      filename: nested,
      rootDir: project.root,
      cwd: project.root,
    });
    expect(reports.map(({ messageId }) => messageId)).toEqual(['moduleInstance']);
  });
});
