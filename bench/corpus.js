// Corpora for `npm run bench` and `npm run stress`: real TypeScript packages nobody here wrote,
// fetched with `npm pack`, checked against pinned integrity values, unpacked once into
// bench/.corpus/ (git-ignored), then prepared: shims, alias imports and deprecated enum aliases are
// written into a copy so the cross-file rules do the work they do in a real migration.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(BENCH_DIR, '..');
export const CACHE_DIR = path.join(BENCH_DIR, '.corpus');

// Bumped whenever the preparation below changes, so stale prepared copies are rebuilt.
const PREPARATION_VERSION = '4';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SOURCE_GLOB = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/**
 * The pinned corpora. `integrity` is `npm view <spec> dist.integrity`, checked on every fetch:
 * the bench must measure the same bytes on every machine.
 */
export const CORPORA = {
  tldraw: {
    spec: 'tldraw@5.1.1',
    role: 'medium',
    integrity: 'sha512-wC6AwtjlDvV1gFZjIm9vSmG6LHeg8v99HTGpzGT9S0Wg0iSIZduEoQgx6Lp6vRkTYfVrGQV//qBDjwhKq3dIJQ==',
    // Relative imports are written without extension, JSX in .tsx.
    importSuffix: '',
    tsconfig: {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      },
      include: ['src'],
    },
    enumAliases: [
      {
        file: 'src/lib/ui/constants.ts',
        enumName: 'PORTRAIT_BREAKPOINT',
        member: 'MOBILE_XS',
        alias: 'MOBILE_EXTRA_SMALL',
      },
    ],
    paths: [
      { name: 'classnames', canonical: 'clsx', message: 'The design system standardised on clsx.' },
      { name: 'radix-ui', canonical: '@radix-ui/react-primitive' },
      { name: '@tldraw/tlschema', canonical: '@tldraw/editor' },
      { name: '@tldraw/store', canonical: '@tldraw/editor' },
      { name: '@tiptap/pm/*', canonical: 'prosemirror-*' },
      { name: 'lodash/*', canonical: 'lodash-es/*' },
    ],
  },
  effect: {
    spec: 'effect@4.1.0',
    role: 'large',
    integrity: 'sha512-lGx2MJJyrXA8RZb2UpQ/0Nkb5Utaimby7oD92+18noBxLPE85IFOvptdzau8dvcxAOwfwHo9iqapbKeFzqQM/Q==',
    // effect writes `./Effect.ts` (allowImportingTsExtensions).
    importSuffix: '.ts',
    tsconfig: {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        allowImportingTsExtensions: true,
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: true,
        noEmit: true,
        lib: ['ES2022', 'DOM'],
      },
      include: ['src'],
    },
    enumAliases: [],
    paths: [
      { name: 'effect/cli', canonical: 'effect/unstable/cli' },
      { name: 'effect/ai', canonical: 'effect/unstable/ai' },
      { name: 'effect/process', canonical: 'effect/unstable/process' },
      { name: 'effect/platform/**', canonical: 'effect/unstable/platform/**' },
      { name: 'undici', canonical: 'node:http' },
      { name: 'axios', canonical: 'ofetch' },
    ],
  },
  rxjs: {
    spec: 'rxjs@7.8.2',
    role: 'alias',
    integrity: 'sha512-dhKf903U/PQZY6boNNtAGdWbG85WAbjT/1xYoZIC7FAY0yWapOBQVsVrDl58W86//e1VpMNBtRV4MaXfdMySFA==',
    importSuffix: '',
    // The shipped tsconfig.json (baseUrl + paths such as `rxjs/internal/*`) is kept; only `include` is added.
    tsconfig: 'shipped',
    // A sample of relative imports is rewritten to the `rxjs/internal/*` alias so the resolver
    // has to read tsconfig `paths`, as in a codebase that uses aliases.
    aliasRewrite: { prefix: 'rxjs/internal/', root: 'src/internal/', every: 3 },
    // NotificationKind's members are used nowhere in rxjs's sources (they compare `kind` with
    // 'N'/'E'/'C' strings), so on this corpus the enum rule has nothing to find: see grpc-js.
    enumAliases: [
      { file: 'src/internal/Notification.ts', enumName: 'NotificationKind', member: 'NEXT', alias: 'NEXT_VALUE' },
    ],
    paths: [
      { name: 'rxjs/operators', canonical: 'rxjs', message: 'Operators are exported from rxjs since 7.2.' },
      { name: 'rxjs/internal/operators/*', canonical: 'rxjs' },
      { name: 'rxjs/ajax', canonical: 'rxjs/fetch' },
    ],
  },
  'grpc-js': {
    spec: '@grpc/grpc-js@1.14.7',
    role: 'enums',
    integrity: 'sha512-W4W/fcBMGRVtG6dW2c7cw2mnpS3hvbBd+oQXjh2iYFTZDk1JJmcNqkM5KSaPubQpamlUUurrlb7G1s9NJeERmQ==',
    // A service-like codebase: 168 files (67 hand-written, 101 generated proto types) importing
    // `Status`, `LogVerbosity` (src/constants.ts) and `ConnectivityState` from shared modules, ≈ 330
    // member uses across ≈ 40 files. Relative imports without extension; no tsconfig is shipped.
    importSuffix: '',
    tsconfig: {
      compilerOptions: {
        target: 'ES2022',
        module: 'CommonJS',
        moduleResolution: 'Node10',
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        lib: ['ES2022'],
      },
      include: ['src'],
    },
    // Deprecated aliases next to implicitly numbered members (`value` is the member's number), as
    // a spelling fix and a rename leave them: a third of the uses are moved onto each.
    enumAliases: [
      { file: 'src/constants.ts', enumName: 'Status', member: 'CANCELLED', alias: 'CANCELED', value: 1 },
      { file: 'src/constants.ts', enumName: 'Status', member: 'UNAVAILABLE', alias: 'NOT_AVAILABLE', value: 14 },
      {
        file: 'src/connectivity-state.ts',
        enumName: 'ConnectivityState',
        member: 'TRANSIENT_FAILURE',
        alias: 'FAILURE',
        value: 3,
      },
    ],
    // Deprecations listed in the rule's `enums` option only (no JSDoc): an enum nobody may edit.
    extraEnums: { LogVerbosity: { NONE: null } },
    // Built-in modules imported by their bare name; the codebase moves to the `node:` prefix.
    paths: ['net', 'http2', 'tls', 'stream', 'zlib', 'util', 'os', 'fs', 'events', 'url', 'dns', 'http'].map(
      (name) => ({
        name,
        canonical: `node:${name}`,
        message: 'Built-in modules are imported with the node: prefix.',
      }),
    ),
  },
};

export function corpusNames() {
  return Object.keys(CORPORA);
}

function log(message) {
  process.stderr.write(`[corpus] ${message}\n`);
}

function sriOf(file) {
  return `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

/** Downloads (once) and verifies the tarball; returns its path. */
function fetchTarball(corpus) {
  const tarballDir = path.join(CACHE_DIR, 'tarballs');
  fs.mkdirSync(tarballDir, { recursive: true });
  // `npm pack @scope/name@1.0.0` writes `scope-name-1.0.0.tgz`.
  const at = corpus.spec.lastIndexOf('@');
  const pkg = corpus.spec.slice(0, at).replace(/^@/, '').replace('/', '-');
  const tarball = path.join(tarballDir, `${pkg}-${corpus.spec.slice(at + 1)}.tgz`);
  if (!fs.existsSync(tarball)) {
    log(`npm pack ${corpus.spec}`);
    execFileSync('npm', ['pack', corpus.spec, '--silent', '--pack-destination', tarballDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const actual = sriOf(tarball);
  if (actual !== corpus.integrity) {
    fs.rmSync(tarball, { force: true });
    throw new Error(`${corpus.spec}: tarball integrity ${actual} does not match the pinned ${corpus.integrity}.`);
  }
  return tarball;
}

/** The untouched unpacked package (`.../pristine/<spec>/package`). */
function unpack(corpus) {
  const target = path.join(CACHE_DIR, 'pristine', corpus.spec);
  const packageDir = path.join(target, 'package');
  if (fs.existsSync(path.join(target, '.complete'))) return packageDir;
  const tarball = fetchTarball(corpus);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', target]);
  fs.writeFileSync(path.join(target, '.complete'), '');
  return packageDir;
}

export function listFiles(dir, extensions = SOURCE_EXTENSIONS) {
  const found = [];
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (extensions.some((extension) => entry.name.endsWith(extension))) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found.sort();
}

function countLines(files) {
  let lines = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  return lines;
}

const RELATIVE_IMPORT = /(from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;

/** The project file a relative specifier points to, the way TypeScript would find it. */
function resolveRelative(importer, specifier) {
  const base = path.resolve(path.dirname(importer), specifier);
  const withoutJs = base.replace(/\.(js|ts|tsx)$/, '');
  for (const candidate of [base, `${withoutJs}.ts`, `${withoutJs}.tsx`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Relative imports of every file: importer → [{ specifier, target }]. */
function relativeImports(files) {
  const imports = new Map();
  for (const file of files) {
    const found = [];
    for (const match of fs.readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const specifier = match[3];
      const target = resolveRelative(file, specifier);
      if (target) found.push({ specifier, target });
    }
    imports.set(file, found);
  }
  return imports;
}

function replaceSpecifier(text, from, to) {
  return text.replaceAll(`'${from}'`, `'${to}'`).replaceAll(`"${from}"`, `"${to}"`);
}

/**
 * Writes `@deprecated` re-export shims for the most imported modules (one of them behind a
 * two-step chain) and sends every second importer through them: the shape of a real migration.
 */
function addShims(corpus, srcDir, report) {
  const files = listFiles(srcDir, ['.ts', '.tsx']).filter((file) => !file.endsWith('.d.ts'));
  const imports = relativeImports(files);
  const importers = new Map();
  for (const [importer, found] of imports) {
    for (const { target } of found) {
      if (path.basename(target).startsWith('index.')) continue;
      if (!importers.has(target)) importers.set(target, new Set());
      importers.get(target).add(importer);
    }
  }
  const targets = [...importers.entries()]
    .filter(([target]) => target.endsWith('.ts') || target.endsWith('.tsx'))
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .slice(0, 5);

  const shims = [];
  for (const [index, [target]] of targets.entries()) {
    const extension = path.extname(target);
    const stem = path.basename(target, extension);
    const shimFile = path.join(path.dirname(target), `${stem}_legacy${extension}`);
    const suffix = corpus.importSuffix ? extension : '';
    fs.writeFileSync(shimFile, `/** @deprecated use ./${stem} */\nexport * from './${stem}${suffix}'\n`);
    shims.push({ target, shimFile, stem: `${stem}_legacy` });
    if (index === 0) {
      // shim → shim → canonical: chains must resolve to the end.
      const chainFile = path.join(path.dirname(target), `${stem}_compat${extension}`);
      fs.writeFileSync(
        chainFile,
        `/**\n * Kept for old imports.\n * @deprecated use ./${stem}_legacy\n */\nexport * from './${stem}_legacy${suffix}'\n`,
      );
      shims.push({ target, shimFile: chainFile, stem: `${stem}_compat` });
    }
  }

  let rewritten = 0;
  for (const [position, shim] of shims.entries()) {
    const users = [...importers.get(shim.target)].sort();
    for (const [index, importer] of users.entries()) {
      // Every second importer, alternating between the plain shim and the chain for the first target.
      if (index % 2 !== position % 2 || importer === shim.shimFile) continue;
      const text = fs.readFileSync(importer, 'utf8');
      let next = text;
      for (const { specifier, target } of imports.get(importer)) {
        if (target !== shim.target) continue;
        const extension = path.extname(specifier);
        const keepsExtension = extension === '.ts' || extension === '.tsx' || extension === '.js';
        const withoutExtension = keepsExtension ? specifier.slice(0, -extension.length) : specifier;
        const replacement = `${withoutExtension.slice(0, withoutExtension.lastIndexOf('/') + 1)}${shim.stem}${keepsExtension ? extension : ''}`;
        next = replaceSpecifier(next, specifier, replacement);
      }
      if (next !== text) {
        fs.writeFileSync(importer, next);
        rewritten += 1;
      }
    }
  }
  report.shims = shims.map((shim) => path.relative(path.dirname(srcDir), shim.shimFile).split(path.sep).join('/'));
  report.importers_rewritten_to_shims = rewritten;
}

/** Rewrites every n-th relative import under `root` to the tsconfig `paths` alias. */
function addAliasImports(corpus, corpusDir, report) {
  const { prefix, root, every } = corpus.aliasRewrite;
  const rootDir = path.join(corpusDir, root);
  const files = listFiles(rootDir, ['.ts']);
  const imports = relativeImports(files);
  let counter = 0;
  let rewritten = 0;
  for (const [importer, found] of imports) {
    const text = fs.readFileSync(importer, 'utf8');
    let next = text;
    for (const { specifier, target } of found) {
      counter += 1;
      if (counter % every !== 0 || !target.startsWith(rootDir)) continue;
      const aliased = `${prefix}${path
        .relative(rootDir, target)
        .split(path.sep)
        .join('/')
        .replace(/\.tsx?$/, '')}`;
      next = replaceSpecifier(next, specifier, aliased);
    }
    if (next !== text) {
      fs.writeFileSync(importer, next);
      rewritten += 1;
    }
  }
  report.importers_rewritten_to_aliases = rewritten;
}

/**
 * Adds a deprecated alias member next to a real one and moves a third of the uses onto it. An
 * implicitly numbered member (`CANCELLED,`) gets an alias with its number (`CANCELED = 1`), which
 * keeps the numbering of the members after it.
 */
function addEnumAlias(corpusDir, { file, enumName, member, alias, value: number }) {
  const declaring = path.join(corpusDir, file);
  const text = fs.readFileSync(declaring, 'utf8');
  // Line ends kept as found: grpc-js's sources have CRLF.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const memberLine = new RegExp(`^([ \\t]*)${member}(?:([ \\t]*[:=][ \\t]*)([^,\\r\\n]+))?,?(?=\\r?$)`, 'm');
  const match = memberLine.exec(text);
  if (!match || (match[2] === undefined && number === undefined)) {
    throw new Error(`enum member ${enumName}.${member} not found (or implicit without a value) in ${file}.`);
  }
  const [line, indent, separator = ' = ', value = String(number)] = match;
  const aliasLine = `${indent}/** @deprecated Use ${member}. */${eol}${indent}${alias}${separator}${value},`;
  fs.writeFileSync(declaring, text.replace(line, `${line.endsWith(',') ? line : `${line},`}${eol}${aliasLine}`));

  let uses = 0;
  let moved = 0;
  for (const user of listFiles(path.join(corpusDir, 'src'), ['.ts', '.tsx'])) {
    if (user === declaring) continue;
    const source = fs.readFileSync(user, 'utf8');
    const next = source.replaceAll(new RegExp(`\\b${enumName}\\.${member}\\b`, 'g'), (found) => {
      uses += 1;
      if (uses % 3 !== 1) return found;
      moved += 1;
      return `${enumName}.${alias}`;
    });
    if (next !== source) fs.writeFileSync(user, next);
  }
  return `${enumName}.${alias} (deprecated alias of ${member}), ${moved} of ${uses} uses moved to it`;
}

function writeTsconfig(corpus, pristineDir, corpusDir) {
  let tsconfig = corpus.tsconfig;
  if (tsconfig === 'shipped') {
    tsconfig = JSON.parse(fs.readFileSync(path.join(pristineDir, 'tsconfig.json'), 'utf8'));
    delete tsconfig.compilerOptions.incremental;
    tsconfig.include = ['src'];
  }
  fs.writeFileSync(path.join(corpusDir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
}

/**
 * The prepared copy of one corpus: `<dir>/src` (with shims, aliases, enum alias) and
 * `<dir>/tsconfig.json`. With `withDist`, the package's built files are copied too (stress).
 */
export function prepareCorpus(name, { withDist = false } = {}) {
  const corpus = CORPORA[name];
  if (!corpus) throw new Error(`Unknown corpus "${name}"; known: ${corpusNames().join(', ')}.`);
  const pristineDir = unpack(corpus);
  const corpusDir = path.join(CACHE_DIR, 'prepared', corpus.spec);
  const marker = path.join(corpusDir, '.prepared');
  const reportFile = path.join(corpusDir, '.preparation.json');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === PREPARATION_VERSION) {
    return describe(name, corpusDir, JSON.parse(fs.readFileSync(reportFile, 'utf8')), pristineDir, withDist);
  }
  log(`preparing ${corpus.spec}`);
  fs.rmSync(corpusDir, { recursive: true, force: true });
  fs.mkdirSync(corpusDir, { recursive: true });
  fs.cpSync(path.join(pristineDir, 'src'), path.join(corpusDir, 'src'), { recursive: true });
  writeTsconfig(corpus, pristineDir, corpusDir);
  const report = {};
  if (corpus.aliasRewrite) addAliasImports(corpus, corpusDir, report);
  addShims(corpus, path.join(corpusDir, 'src'), report);
  if (corpus.enumAliases.length > 0)
    report.enum_aliases = corpus.enumAliases.map((alias) => addEnumAlias(corpusDir, alias));
  fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
  fs.writeFileSync(marker, PREPARATION_VERSION);
  return describe(name, corpusDir, report, pristineDir, withDist);
}

function describe(name, corpusDir, preparation, pristineDir, withDist) {
  const corpus = CORPORA[name];
  const files = listFiles(path.join(corpusDir, 'src'));
  return {
    name: corpus.spec,
    key: name,
    role: corpus.role,
    dir: corpusDir,
    pristineDir,
    patterns: [`src/${SOURCE_GLOB}`],
    files: files.length,
    lines: countLines(files),
    preparation,
    paths: corpus.paths,
    enumAliases: corpus.enumAliases,
    extraEnums: corpus.extraEnums ?? {},
    biggestFile: biggestFile(files, corpusDir),
    ...(withDist ? { distDirs: distDirectories(pristineDir) } : {}),
  };
}

function biggestFile(files, root) {
  let best = { file: '', lines: 0 };
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').length;
    if (lines > best.lines) best = { file: path.relative(root, file).split(path.sep).join('/'), lines };
  }
  return best;
}

function distDirectories(pristineDir) {
  return fs
    .readdirSync(pristineDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('dist'))
    .map((entry) => entry.name);
}

/**
 * The medium corpus copied into `times` sibling folders under one root (one tsconfig), for the
 * per-file scaling measurement. Copies are independent projects: imports never cross them.
 */
export function prepareScaled(name, times) {
  const base = prepareCorpus(name);
  const scaledDir = path.join(CACHE_DIR, 'scaled', `${base.name}-x${times}`);
  const marker = path.join(scaledDir, '.prepared');
  if (!(fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === PREPARATION_VERSION)) {
    log(`copying ${base.name} ${times}×`);
    fs.rmSync(scaledDir, { recursive: true, force: true });
    for (let copy = 0; copy < times; copy += 1) {
      fs.cpSync(path.join(base.dir, 'src'), path.join(scaledDir, `copy-${String(copy).padStart(2, '0')}`, 'src'), {
        recursive: true,
      });
    }
    const tsconfig = JSON.parse(fs.readFileSync(path.join(base.dir, 'tsconfig.json'), 'utf8'));
    tsconfig.include = ['copy-*/src'];
    fs.writeFileSync(path.join(scaledDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    fs.writeFileSync(marker, PREPARATION_VERSION);
  }
  const files = listFiles(scaledDir);
  return {
    ...base,
    name: `${base.name} ×${times}`,
    dir: scaledDir,
    patterns: [`copy-*/src/${SOURCE_GLOB}`],
    files: files.length,
    lines: base.lines * times,
    srcPrefixes: Array.from({ length: times }, (_, copy) => `copy-${String(copy).padStart(2, '0')}/src/`),
  };
}
