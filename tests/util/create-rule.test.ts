import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/util/create-rule.js';

/** A rule that records the options object each file's create() receives. */
function recordingRule(seen: unknown[]) {
  return createRule<[{ max?: number; names?: string[] }], 'x'>({
    name: 'recording',
    meta: {
      type: 'problem',
      docs: { description: 'Records its options.' },
      schema: [
        {
          type: 'object',
          properties: { max: { type: 'number' }, names: { type: 'array' } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ max: 3, names: ['a'] }],
      messages: { x: 'x' },
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

/** Lints `files` with one ESLint instance, as the CLI and editors do: one config for every file. */
async function lintFiles(ruleEntry: unknown, seen: unknown[], files: string[]): Promise<void> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: {
      plugins: { test: { rules: { recording: recordingRule(seen) } } },
      rules: { 'test/recording': ruleEntry },
    } as never,
  });
  for (const file of files) await eslint.lintText('export {};', { filePath: file });
}

describe('createRule', () => {
  it('gives every file of a config the same options, merged with the defaults once', async () => {
    const seen: unknown[] = [];
    await lintFiles(['error', { max: 5 }], seen, ['a.js', 'b.js', 'c.js']);
    expect(seen[0]).toEqual({ max: 5, names: ['a'] });
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it('applies the defaults when no options are given, and keeps configs apart', async () => {
    const seen: unknown[] = [];
    await lintFiles('error', seen, ['a.js']);
    await lintFiles(['error', { names: ['b'] }], seen, ['a.js']);
    expect(seen).toEqual([
      { max: 3, names: ['a'] },
      { max: 3, names: ['b'] },
    ]);
  });
});
