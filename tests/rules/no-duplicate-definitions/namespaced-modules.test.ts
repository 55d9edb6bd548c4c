// Modules read through a namespace are resolved lazily: by the file asked about, the same answers as
// resolving every specifier at once, with only the specifiers that can name that file resolved.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveModule } from '../../../src/project/module-resolution.js';
import { NamespacedModules } from '../../../src/rules/no-duplicate-definitions/namespaced-modules.js';
import { tempProject } from '../../helpers/temp-project.js';

vi.mock('../../../src/project/module-resolution.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/project/module-resolution.js')>();
  return { ...original, resolveModule: vi.fn(original.resolveModule) };
});

const project = tempProject('ssot-namespaced-');
project.write(
  'tsconfig.json',
  JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@lib/*': ['src/lib/*'] } } }),
);
const files = {
  option: project.write('src/Option.ts', 'export const none = 1;\n'),
  either: project.write('src/Either.ts', 'export const left = 1;\n'),
  trie: project.write('src/internal/trie.ts', 'export const isEmpty = 1;\n'),
  service: project.write('src/db/service.client.ts', 'export class Client {}\n'),
  operators: project.write('src/operators/index.ts', 'export const map = 1;\n'),
  here: project.write('src/nested/index.ts', 'export const here = 1;\n'),
  aliased: project.write('src/lib/thing.ts', 'export const thing = 1;\n'),
  plain: project.write('src/plain.ts', 'export const plain = 1;\n'),
  outside: project.write('src/Other.ts', 'export const other = 1;\n'),
};
const from = project.write('src/uses.ts', '');
const nestedFrom = project.write('src/nested/deeper/uses.ts', '');
const SPECIFIERS: [string, string][] = [
  ['./Option.js', from], // an output extension names the source
  ['./Either', from],
  ['./internal/trie.ts', from],
  ['./db/service.client', from], // a stem with a dot
  ['./operators', from], // a folder's index
  ['..', nestedFrom], // names any file: resolved at the first question
  ['@lib/thing', from], // an alias: resolved at the first question
  ['node:fs', from],
  ['./missing', from],
];

function namespaced(): NamespacedModules {
  const modules = new NamespacedModules(project.root);
  for (const [specifier, importer] of SPECIFIERS) modules.add(specifier, importer);
  return modules;
}

/** The specifiers resolved while `run` ran. */
function resolvedDuring(run: () => void): string[] {
  const calls = vi.mocked(resolveModule).mock.calls;
  const before = calls.length;
  run();
  return calls.slice(before).map(([specifier]) => specifier);
}

describe('NamespacedModules', () => {
  it('answers as resolving every specifier at once does, for every file', () => {
    const eager = new Set(SPECIFIERS.map(([specifier, importer]) => resolveModule(specifier, importer, project.root)));
    for (const file of [...Object.values(files), from, nestedFrom]) {
      expect([file, namespaced().has(file)]).toEqual([file, eager.has(file)]);
    }
    expect(Object.values(files).filter((file) => eager.has(file))).toHaveLength(7);
  });

  it('resolves only the specifiers that can name the file asked about, and each once', () => {
    const modules = namespaced();
    expect(resolvedDuring(() => expect(modules.has(files.plain)).toBe(false))).toEqual(['..', '@lib/thing', 'node:fs']);
    expect(resolvedDuring(() => expect(modules.has(files.option)).toBe(true))).toEqual(['./Option.js']);
    expect(resolvedDuring(() => expect(modules.has(files.operators)).toBe(true))).toEqual(['./operators']);
    expect(resolvedDuring(() => expect(modules.has(files.option)).toBe(true))).toEqual([]);
    expect(resolvedDuring(() => expect(modules.has(path.join(project.root, 'src/missing.ts'))).toBe(false))).toEqual([
      './missing',
    ]);
  });
});
