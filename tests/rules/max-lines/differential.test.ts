// Differential test: on the same generated files, `ssot/max-lines` must count exactly what core
// `max-lines` counts and start its report on the same line, for every combination of the skip options.
import parser from '@typescript-eslint/parser';
import { Linter as Linter10 } from 'eslint';
import { builtinRules as coreRules10 } from 'eslint/use-at-your-own-risk';
import { Linter as Linter9 } from 'eslint-v9';
import { builtinRules as coreRules9 } from 'eslint-v9/use-at-your-own-risk';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/max-lines/index.js';
import { random } from '../../helpers/random.js';

/** Snippets that stay valid TSX when placed one after another; `%` becomes a unique number. */
const FRAGMENTS = [
  'a%();',
  '',
  '   ',
  '\t',
  '// line comment',
  '/* block */',
  'b%(); /* trailing block */',
  '/* leading */ c%();',
  '/* multi\n   line\n*/',
  'd%(/* inner\n*/ 1);',
  '/** doc\n *\n */',
  'e%(); // trailing',
  'const t% = `x\n\n  // not a comment\n  /* nor this */\ny`;',
  'const j% = <div>\n  {/* jsx comment */}\n  text\n\n</div>;',
  'f%(`${g(/* in template */ 1)}`);',
  '/* a */ /* b */',
  '/* a */ h%(); /* b\n */',
  'i%()\n/* ends the statement */;',
  'x% = 1 /* mid\nexpression */ + 2;',
  'const k% = {\n  // inside an object\n  key: 1,\n};',
  'type T% = {\n  /** a member */\n  a: string;\n};',
];
const LINE_BREAKS = ['\n', '\n', '\r\n', '\r', '\u2028'];

function generateFile(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  let text = next() < 0.2 ? '\uFEFF' : '';
  if (next() < 0.1) text += `#!/usr/bin/env node${pick(LINE_BREAKS)}`;
  const count = 1 + Math.floor(next() * 25);
  for (let index = 0; index < count; index++) {
    const fragment = pick(FRAGMENTS).replaceAll('%', String(index));
    const lastLine = text.split(/\r\n|[\r\n\u2028\u2029]/).at(-1) ?? '';
    // Sharing a line is how code and comments mix; after a line comment it would swallow the fragment.
    const separator = index > 0 && !lastLine.includes('//') && next() < 0.3 ? ' ' : index > 0 ? pick(LINE_BREAKS) : '';
    text += separator + fragment;
  }
  const ending = next();
  if (ending < 0.4) text += pick(LINE_BREAKS);
  else if (ending < 0.6) text += `${pick(LINE_BREAKS)}${pick(LINE_BREAKS)}   ${pick(LINE_BREAKS)}`;
  return text;
}

interface Outcome {
  count: number;
  line: number;
  endLine: number | undefined;
  endColumn: number | undefined;
}

const SKIP_COMBINATIONS = [
  { skipBlankLines: false, skipComments: false },
  { skipBlankLines: true, skipComments: false },
  { skipBlankLines: false, skipComments: true },
  { skipBlankLines: true, skipComments: true },
];

/** What the test needs of a `Linter`, so both majors fit one type. */
interface Verifier {
  verify(code: string, config: Linter10.Config, filename: string): Linter10.LintMessage[];
}

const linters: ReadonlyArray<readonly [string, Verifier, unknown]> = [
  ['ESLint 10', new Linter10({ configType: 'flat' }), coreRules10.get('max-lines')],
  ['ESLint 9', new Linter9({ configType: 'flat' }) as unknown as Verifier, coreRules9.get('max-lines')],
];
const [[, linter10, coreRule10]] = linters as [readonly [string, Verifier, unknown]];

/**
 * Both rules once per skip combination (registered under one name each), all with a limit of 0 so
 * each reports whenever the file has a counted line, in a single parse of the file.
 */
function lintBoth(linter: Verifier, coreRule: unknown, code: string) {
  const names = SKIP_COMBINATIONS.map((_, index) => `skip${index}`);
  const rules: Linter10.RulesRecord = {};
  SKIP_COMBINATIONS.forEach((skip, index) => {
    rules[`core/${names[index]}`] = ['error', { max: 0, ...skip }];
    rules[`ssot/${names[index]}`] = ['error', { max: 0, testFilesMax: 0, ...skip }];
  });
  const messages = linter.verify(
    code,
    {
      files: ['**/*.tsx'],
      plugins: {
        core: { rules: Object.fromEntries(names.map((name) => [name, coreRule])) },
        ssot: { rules: Object.fromEntries(names.map((name) => [name, rule])) },
      },
      languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules,
    } as unknown as Linter10.Config,
    'src/generated.tsx',
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  const outcome = (ruleId: string, countPattern: RegExp): Outcome | undefined => {
    const message = messages.find((candidate) => candidate.ruleId === ruleId);
    if (!message) return undefined;
    const count = Number(countPattern.exec(message.message)?.[1]?.replaceAll(',', ''));
    return { count, line: message.line, endLine: message.endLine, endColumn: message.endColumn };
  };
  return SKIP_COMBINATIONS.map((skip, index) => ({
    skip,
    core: outcome(`core/${names[index]}`, /too many lines \((\d+)\)/),
    ours: outcome(`ssot/${names[index]}`, /has ([\d,]+) lines/),
  }));
}

describe('ssot/max-lines counts like core max-lines', () => {
  for (const [name, linter, coreRule] of linters) {
    it(`on 400 generated TSX files, under ${name}`, () => {
      let reported = 0;
      for (let seed = 1; seed <= 400; seed++) {
        for (const { skip, core, ours } of lintBoth(linter, coreRule, generateFile(seed))) {
          expect({ seed, skip, outcome: ours }).toEqual({ seed, skip, outcome: core });
          if (core) reported += 1;
        }
      }
      // Most files have counted lines; a comparison of two silent rules would prove nothing.
      expect(reported).toBeGreaterThan(1400);
    });
  }

  it.each([
    ['an empty file', ''],
    ['a lone line break', '\n'],
    ['only a BOM', '\uFEFF'],
    ['only comments', '// a\n/* b\n c */\n'],
    ['only blank lines', '\n\n   \n\t\n'],
    ['a comment after the last line break', 'a();\n// end'],
  ])('on %s', (_, code) => {
    for (const { skip, core, ours } of lintBoth(linter10, coreRule10, code)) {
      expect({ skip, outcome: ours }).toEqual({ skip, outcome: core });
    }
  });
});
