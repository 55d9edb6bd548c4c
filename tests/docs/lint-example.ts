// Lints one documented example on its own: a fresh temp project (tsconfig.json, the page's setup
// files, the example's hidden files, the example) and the one rule the page documents, taken from src/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter, type ESLint } from 'eslint';
import plugin from '../../src/index.js';
import type { DocExample, DocPage } from './doc-examples.js';

/** The tsconfig every example project gets, unless the example brings its own: `@app/*` is `src/*`. */
const TSCONFIG = {
  compilerOptions: {
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    baseUrl: '.',
    paths: { '@app/*': ['./src/*'] },
  },
};

export interface LintedExample {
  /** Problems of the documented rule, and fatal parse errors. */
  messages: Linter.LintMessage[];
  /** The code after `--fix` with the same rule and options. */
  output: string;
}

export interface ExampleProjects {
  lint: (rule: string, page: DocPage, example: DocExample) => LintedExample;
  /** Removes every temp project; pass to `afterAll`. */
  removeAll: () => void;
}

function write(dir: string, file: string, content: string): void {
  const target = path.join(dir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
}

export function createExampleProjects(): ExampleProjects {
  const dirs: string[] = [];
  return {
    lint(rule, page, example) {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `ssot-docs-${rule}-`)));
      dirs.push(dir);
      const files = {
        'tsconfig.json': `${JSON.stringify(TSCONFIG, null, 2)}\n`,
        ...page.setup,
        ...example.files,
        [example.file]: example.code,
      };
      for (const [file, content] of Object.entries(files)) write(dir, file, content);

      const ruleId = `ssot/${rule}`;
      const settings = example.settings ?? {};
      const ssot = (settings.ssot ?? {}) as { rootDir?: string };
      const config: Linter.Config[] = [
        {
          files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
          plugins: { ssot: plugin as unknown as ESLint.Plugin },
          languageOptions: { parser: parser as Linter.Parser },
          settings: { ...settings, ssot: { ...ssot, rootDir: path.resolve(dir, ssot.rootDir ?? '.') } },
          rules: { [ruleId]: ['error', ...(example.options ?? [])] },
        },
      ];
      const linter = new Linter({ cwd: dir });
      const filename = path.join(dir, example.file);
      const messages = linter
        .verify(example.code, config, filename)
        .filter((message) => message.ruleId === ruleId || message.fatal === true);
      const { output } = linter.verifyAndFix(example.code, config, filename);
      return { messages, output };
    },
    removeAll() {
      for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
