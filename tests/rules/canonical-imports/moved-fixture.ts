// The project the moved-export tests lint in (issue #20): modules that keep code of their own and
// re-export some names as `@deprecated`, the modules those names moved to, and a package for the
// configured form. The linted code is a virtual `src/use.ts`.
import path from 'node:path';
import { tempProject } from '../../helpers/temp-project.js';

export function movedProject(prefix: string) {
  const { root, write } = tempProject(prefix);
  const settings = { ssot: { rootDir: root } };
  const filename = path.join(root, 'src/use.ts');

  write(
    'src/date.ts',
    [
      'export function formatDate(date: Date): string {',
      '  return date.toISOString();',
      '}',
      'export function formatDay(date: Date): string {',
      '  return date.toDateString();',
      '}',
      'export function parseDate(text: string): Date {',
      '  return new Date(text);',
      '}',
      "export type DateFormat = 'iso' | 'day';",
      '',
    ].join('\n'),
  );
  write('src/parse.ts', 'export function parseNumber(text: string): number {\n  return Number(text);\n}\n');
  write('src/helpers.ts', 'export function shout(text: string): string {\n  return text.toUpperCase();\n}\n');
  write('src/widget.ts', 'export default function Widget(): string {\n  return "widget";\n}\n');
  // A shim of date.ts, and a module with code that moved `shout` on to helpers.ts.
  write('src/legacy-date.ts', "/** @deprecated Use ./date. */\nexport { formatDate as formatLegacy } from './date';\n");
  write(
    'src/strings.ts',
    "export function trim(text: string): string {\n  return text.trim();\n}\n\n/** @deprecated moved to ./helpers */\nexport { shout } from './helpers';\n",
  );
  // The module under test: code of its own, and names that moved in every form a tag can take.
  write(
    'src/utils.ts',
    [
      "import { parseDate } from './date';",
      '',
      'export function parseX(text: string): number {',
      '  return Number(text);',
      '}',
      'export interface Options {',
      '  strict: boolean;',
      '}',
      '',
      '/** @deprecated moved to ./date */',
      "export { formatDate } from './date';",
      'export {',
      '  /** @deprecated moved to ./date */',
      '  type DateFormat,',
      '  formatDay,',
      "} from './date';",
      '/** @deprecated moved to ./parse */',
      "export { parseNumber as toNumber } from './parse';",
      '/** @deprecated import parseDate from ./date */',
      'export { parseDate };',
      '/** @deprecated moved to ./date, through a shim */',
      "export { formatLegacy as formatOld } from './legacy-date';",
      '/** @deprecated moved to ./strings, which moved it on */',
      "export { shout } from './strings';",
      '/** @deprecated a function of its own: no other home */',
      'export function oldHelper(): void {}',
      '',
    ].join('\n'),
  );
  write(
    'src/small.ts',
    "export const kept = 1;\n\n/** @deprecated moved to ./date */\nexport { formatDate } from './date';\n",
  );
  write(
    'src/with-default.ts',
    "export const kept = 1;\n\n/** @deprecated moved to ./widget */\nexport { default } from './widget';\n",
  );
  write(
    'src/mixed.ts',
    "export default function mixed(): number {\n  return 1;\n}\n\n/** @deprecated moved to ./date */\nexport { formatDate } from './date';\n",
  );
  // A barrel whose first re-export only is deprecated (no shim): that name moved, the others stay.
  write(
    'src/barrel.ts',
    "/** @deprecated Use formatDate. */\nexport { formatDate as format } from './date';\nexport * from './parse';\n",
  );
  // Configured: a module whose names moved without tags, and a package that moved some names.
  write('src/legacy.ts', "export { formatDate, formatDay as toDay } from './date';\nexport const keep = 1;\n");
  write('node_modules/date-lib/package.json', '{ "name": "date-lib", "types": "index.d.ts" }\n');
  write('node_modules/date-lib/index.d.ts', 'export declare function formatDate(date: Date): string;\n');
  return { root, settings, filename };
}
