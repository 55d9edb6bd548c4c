// The project the shim-shape tests lint in (issue #17): one temp folder with a module per shape
// and the modules they forward to; the linted code is a virtual `src/use.ts`.
import path from 'node:path';
import { tempProject } from '../../helpers/temp-project.js';

export function shapesProject(prefix: string) {
  const { root, write } = tempProject(prefix);
  const settings = { ssot: { rootDir: root } };
  const filename = path.join(root, 'src/use.ts');

  write('src/client.ts', 'export function createClient() {}\nexport const VERSION = 1;\n');
  write('src/slider.ts', 'export class ChartsSlider {}\nexport interface ChartsSliderProps<T> { value: T }\n');
  write('src/widget.tsx', 'export default function Widget() {}\n');
  write('src/client-widget.tsx', "'use client';\nexport default function Widget() {}\n");
  write('src/file-types.ts', 'export type FileType = string;\n');
  write('src/component-types.ts', 'export type ComponentType = number;\n');

  // 1. Tags on the statement and on specifiers.
  write('src/statement-tag.ts', "export {};\n/** @deprecated Import from './client'. */\nexport * from './client';\n");
  write(
    'src/specifier-tag.ts',
    "export {\n  /** @deprecated Use createClient. */\n  createClient as makeClient,\n  /** @deprecated Import from './client'. */\n  VERSION,\n} from './client';\n",
  );
  // 2. Deprecated aliases of imported bindings, in value and type space.
  write(
    'src/chart-slider.ts',
    [
      "import { ChartsSlider, type ChartsSliderProps } from './slider';",
      "import * as client from './client';",
      '',
      '/** @deprecated Use ChartsSlider. */',
      'export const ChartSlider = ChartsSlider;',
      '/** @deprecated Use ChartsSlider. */',
      'export type ChartSlider = ChartsSlider;',
      '/** @deprecated Use ChartsSliderProps. */',
      'export type ChartSliderProps<T> = ChartsSliderProps<T>;',
      '/** @deprecated Use ChartsSliderProps. */',
      'export interface SliderProps<T> extends ChartsSliderProps<T> {}',
      '/** @deprecated Use createClient from ./client. */',
      'export const makeClient = client.createClient;',
      '',
    ].join('\n'),
  );
  write(
    'src/typed-alias.ts',
    "import { createClient } from './client';\n/** @deprecated */\nexport const makeClient: typeof createClient = createClient;\n",
  );
  write(
    'src/loose-alias.ts',
    "import type { ChartsSliderProps } from './slider';\n/** @deprecated */\nexport type SliderProps<T extends number = number> = ChartsSliderProps<T>;\n",
  );
  write(
    'src/retyped.ts',
    "import { createClient } from './client';\n/** @deprecated */\nexport const make: () => unknown = createClient;\n",
  );
  write('src/link.ts', 'export class Link {\n  static concat(): Link {\n    return new Link();\n  }\n}\n');
  write(
    'src/link-concat.ts',
    "import { Link } from './link';\n\n/** @deprecated Use Link.concat. */\nexport const concat = Link.concat;\n",
  );
  write(
    'src/warned-tagged.ts',
    "import { deprecated } from './warn';\n\ndeprecated('old client');\n/** @deprecated Import from './client'. */\nexport const makeClient = createClient;\nimport { createClient } from './client';\n",
  );
  write(
    'src/warn.ts',
    'export function warnDeprecated(message: string) {}\nexport function deprecated(message: string) {}\n',
  );
  write(
    'src/constrained.ts',
    "import type { ChartsSliderProps } from './slider';\nimport type { Bound } from './bound';\n\n/** @deprecated */\nexport type Props<T extends Bound> = ChartsSliderProps<T>;\n",
  );
  write('src/bound.ts', 'export type Bound = number;\n');
  write(
    'src/transition.ts',
    "/** @deprecated Use ChartsSlider. */\nexport { ChartsSlider as ChartSlider } from './slider';\n\nexport { ChartsSlider } from './slider';\n",
  );
  write('src/old-widget-all.ts', "/** @deprecated Import from './widget'. */\nexport * from './widget';\n");
  // 3. Directives before the shim.
  write('src/old-client-widget.tsx', "'use client';\n/** @deprecated */\nexport { default } from './client-widget';\n");
  write('src/old-widget-boundary.tsx', "'use client';\n/** @deprecated */\nexport { default } from './widget';\n");
  // 4. Default forwarding.
  write('src/old-widget.ts', "/** @deprecated Use ./widget. */\nexport { default as Widget } from './widget';\n");
  write(
    'src/default-widget.ts',
    "import Widget from './widget';\n\n/** @deprecated Use ./widget. */\nexport default Widget;\n",
  );
  // 5. A split module, deprecated by a file-level comment.
  write(
    'src/types.ts',
    "/** @deprecated Import from './file-types' or './component-types'. */\n\nexport * from './file-types';\nexport * from './component-types';\n",
  );
  // Not shims: a barrel only partly deprecated, an alias of a value of its own, an unused import.
  write(
    'src/partly.ts',
    "/** @deprecated Use createClient. */\nexport { createClient as make } from './client';\nexport * from './slider';\n",
  );
  write(
    'src/own-value.ts',
    "import { VERSION } from './client';\n/** @deprecated */\nexport const OLD = VERSION + 1;\n",
  );
  write(
    'src/side-effect.ts',
    "import { warnDeprecated } from './warn';\n/** @deprecated */\nexport * from './client';\n",
  );
  // 6. Opt-in marks: a deprecation call, and a folder of compat modules.
  write(
    'src/warned.ts',
    "import { warnDeprecated } from './warn';\n\nwarnDeprecated('old client');\nexport * from './client';\n",
  );
  write('src/compat/client.ts', "export { createClient } from '../client';\n");
  return { settings, filename };
}
