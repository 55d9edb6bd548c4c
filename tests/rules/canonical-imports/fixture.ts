// The fixture project the syntax tests lint in: tests/fixtures/canonical-imports/project, where the
// linted code is a virtual `src/x.ts` (or another file name under `src/`).
import path from 'node:path';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/canonical-imports');
export const project = path.join(fixtures, 'project');
export const settings = { ssot: { rootDir: project } };
export const filename = path.join(project, 'src/x.ts');
