import fs from 'node:fs';
import path from 'node:path';
import { registerCache } from './cache-registry.js';
import { isDirectory, isFile, perFsWindow, realpathOf } from './fs-cache.js';
import { globMatcher } from './glob.js';
import { relativeToRoot, toPosix } from './paths.js';

/**
 * The packages of an npm, yarn or pnpm workspace whose root is `rootDir`: the folders its
 * `package.json` `workspaces` (or `pnpm-workspace.yaml` `packages`) globs name, each with a
 * `package.json` that has a `name`, and packages linked into `node_modules` from inside `rootDir`.
 * Imports of these names are imports of project files.
 */

export interface WorkspacePackage {
  name: string;
  /** Absolute folder of the package. */
  dir: string;
  /** The `exports` field as written, when there is one. */
  exports: unknown;
  /** `types`, else `main`: the entry of a package without `exports`. */
  entry: string | undefined;
}

export interface Workspace {
  byName: ReadonlyMap<string, WorkspacePackage>;
  /** Packages, deepest folder first, for finding the package that holds a file. */
  packages: readonly WorkspacePackage[];
}

const EMPTY: Workspace = { byName: new Map(), packages: [] };
/** How deep a `**` in a workspace glob is followed: real layouts nest packages two or three levels. */
const MAX_GLOB_DEPTH = 5;

// Made anew with the file-system trust window, like the resolutions that use it.
const workspaces = perFsWindow(() => new Map<string, Workspace>());
registerCache('workspaces: packages per root', workspaces.reset);

/** A `package.json` (or other JSON file) holding an object, or `undefined` when it cannot be read as one. */
export function readPackageJson(file: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const YAML_SCALAR = /^\s*(?:'([^']*)'|"([^"]*)"|([^\s#,'"\][]+))\s*$/;

/** The items of a one-line YAML flow sequence (`['packages/*', apps/*]`), or `undefined` for anything else. */
function flowSequence(text: string): string[] | undefined {
  const body = /^\[(.*)\]\s*(?:#.*)?$/.exec(text.trim())?.[1];
  if (body === undefined) return undefined;
  const items = body.trim() === '' ? [] : body.split(',').map((item) => YAML_SCALAR.exec(item));
  if (items.some((item) => !item)) return undefined;
  return items.map((item) => item?.[1] ?? item?.[2] ?? item?.[3] ?? '');
}

/**
 * The `packages:` list of a `pnpm-workspace.yaml`, in the block form pnpm documents
 * (`packages:` then `  - 'packages/*'` lines) or as a one-line flow list (`packages: [apps/*, 'libs/*']`);
 * other YAML gives no globs.
 */
export function pnpmWorkspaceGlobs(text: string): string[] {
  const globs: string[] = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    const flow = /^packages:(.*)$/.exec(line)?.[1];
    if (flow?.trim().startsWith('[')) return (flowSequence(flow) ?? []).filter((glob) => glob !== '');
    if (/^packages:\s*(?:#.*)?$/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages || line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = /^\s+-\s*(?:'([^']*)'|"([^"]*)"|([^\s#]+))/.exec(line);
    if (!item) break;
    globs.push(item[1] ?? item[2] ?? item[3] ?? '');
  }
  return globs.filter((glob) => glob !== '');
}

function workspaceGlobs(rootDir: string): string[] {
  const manifest = path.join(rootDir, 'package.json');
  if (isFile(manifest)) {
    const workspacesField = readPackageJson(manifest)?.workspaces;
    const globs = Array.isArray(workspacesField)
      ? stringList(workspacesField)
      : stringList((workspacesField as { packages?: unknown } | undefined)?.packages);
    if (globs.length > 0) return globs;
  }
  const pnpm = path.join(rootDir, 'pnpm-workspace.yaml');
  if (!isFile(pnpm)) return [];
  try {
    return pnpmWorkspaceGlobs(fs.readFileSync(pnpm, 'utf8'));
  } catch {
    return [];
  }
}

/**
 * The nearest folder at or above `directory` that declares a workspace (`workspaces` in its
 * `package.json`, or a `pnpm-workspace.yaml`), or `undefined`: the default `rootDir`, so that every
 * folder of a workspace lints as one project.
 */
export function workspaceRootOf(directory: string): string | undefined {
  for (let current = directory; ;) {
    if (workspaceGlobs(current).length > 0) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Folders under `rootDir` matched by the globs (`!` globs exclude), never inside `node_modules` or dot folders. */
function matchedFolders(rootDir: string, globs: readonly string[]): string[] {
  const normalize = (glob: string) => glob.replace(/^\.\//, '').replace(/\/+$/, '');
  const include = globs.filter((glob) => !glob.startsWith('!')).map(normalize);
  const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => normalize(glob.slice(1)));
  const included = globMatcher(include);
  const excluded = globMatcher(exclude);
  const depth = Math.max(0, ...include.map((glob) => (glob.includes('**') ? MAX_GLOB_DEPTH : glob.split('/').length)));
  const folders: string[] = [];
  const walk = (dir: string, level: number): void => {
    if (level >= depth) return;
    for (const entry of entriesOf(dir)) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const child = path.join(dir, entry.name);
      if (!entry.isDirectory() && !(entry.isSymbolicLink() && isDirectory(child))) continue;
      const relative = toPosix(path.relative(rootDir, child));
      if (included(relative) && !excluded(relative)) folders.push(child);
      walk(child, level + 1);
    }
  };
  walk(rootDir, 0);
  return folders;
}

/** The package in `dir`, imported as `name` (its own `name` when not given), or `undefined` without a manifest. */
function packageAt(dir: string, name?: string): WorkspacePackage | undefined {
  const manifest = path.join(dir, 'package.json');
  const json = isFile(manifest) ? readPackageJson(manifest) : undefined;
  const packageName = name ?? json?.name;
  if (!json || typeof packageName !== 'string') return undefined;
  const entry = [json.types, json.typings, json.main].find((field): field is string => typeof field === 'string');
  return { name: packageName, dir, exports: json.exports, entry };
}

/** The entries of a folder, or none when it cannot be read. */
function entriesOf(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Packages linked into the `node_modules` of `folders` (`npm link`, `file:` and `link:` dependencies)
 * whose real folder lies inside `rootDir` and in no `node_modules`: project code imported by package
 * name, though no `workspaces` glob names it. Links into a package store (pnpm's `.pnpm`) are skipped
 * by their link text, without resolving each.
 */
function linkedPackages(rootDir: string, folders: readonly string[]): WorkspacePackage[] {
  const realRoot = realpathOf(rootDir) ?? rootDir;
  const linked: WorkspacePackage[] = [];
  const visit = (dir: string, scope: string): void => {
    for (const entry of entriesOf(dir)) {
      const link = path.join(dir, entry.name);
      if (scope === '' && entry.name.startsWith('@') && entry.isDirectory()) visit(link, `${entry.name}/`);
      if (!entry.isSymbolicLink()) continue;
      let text: string;
      try {
        text = fs.readlinkSync(link);
      } catch {
        continue;
      }
      if (text.split(/[\\/]/).includes('node_modules')) continue;
      const real = realpathOf(link);
      const inside = real && relativeToRoot(real, realRoot);
      if (!real || inside === undefined || inside.split('/').includes('node_modules')) continue;
      // Under rootDir as written, as every path the resolver hands on.
      const found = packageAt(path.join(rootDir, inside), `${scope}${entry.name}`);
      if (found) linked.push(found);
    }
  };
  for (const folder of folders) visit(path.join(folder, 'node_modules'), '');
  return linked;
}

function discover(rootDir: string): Workspace {
  const globs = workspaceGlobs(rootDir);
  const byName = new Map<string, WorkspacePackage>();
  for (const dir of globs.length > 0 ? matchedFolders(rootDir, globs) : []) {
    const found = packageAt(dir);
    if (found && !byName.has(found.name)) byName.set(found.name, found);
  }
  const folders = [rootDir, ...[...byName.values()].map((found) => found.dir)];
  for (const found of linkedPackages(rootDir, folders)) if (!byName.has(found.name)) byName.set(found.name, found);
  if (byName.size === 0) return EMPTY;
  const packages = [...byName.values()].sort((a, b) => b.dir.length - a.dir.length);
  return { byName, packages };
}

/** The workspace whose root is `rootDir`; empty when `rootDir` declares none. Never throws. */
export function workspaceOf(rootDir: string): Workspace {
  const known = workspaces.current();
  let workspace = known.get(rootDir);
  if (!workspace) {
    try {
      workspace = discover(rootDir);
    } catch {
      workspace = EMPTY;
    }
    known.set(rootDir, workspace);
  }
  return workspace;
}

/** The workspace package whose folder holds `file`, if any. */
export function packageContaining(workspace: Workspace, file: string): WorkspacePackage | undefined {
  return workspace.packages.find((candidate) => file.startsWith(candidate.dir + path.sep));
}

/**
 * The workspace package under `rootDir` that holds `file` when it is not the one holding `fromFile`:
 * a file of another package, which `fromFile` may reach only through that package's public specifiers.
 */
export function foreignPackage(file: string, fromFile: string, rootDir: string): WorkspacePackage | undefined {
  const workspace = workspaceOf(rootDir);
  const owner = packageContaining(workspace, file);
  return owner && owner !== packageContaining(workspace, fromFile) ? owner : undefined;
}

/** `@scope/name/sub/path` → `{ name: '@scope/name', subpath: './sub/path' }`; `.` for the package itself. */
export function splitPackageSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  if (parts.length < nameLength || parts.slice(0, nameLength).some((part) => part === '')) return undefined;
  const rest = parts.slice(nameLength).join('/');
  return { name: parts.slice(0, nameLength).join('/'), subpath: rest === '' ? '.' : `./${rest}` };
}
