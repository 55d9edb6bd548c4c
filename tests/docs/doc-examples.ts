// Reads the ❌/✅ examples of a rule page (docs/rules/<rule>.md) and the annotations that make each
// one lintable on its own. The notation is described in examples.test.ts.

/** What a line or a block says about the rule: `incorrect` (❌) must report, `correct` (✅) must not. */
export type Label = 'incorrect' | 'correct';

/** A `// ❌` or `// ✅` comment at the end of one line of an example. */
export interface LineLabel {
  /** 1-based line in the example's code. */
  line: number;
  label: Label;
  /** `// ❌ → fixed code`: what the code before the comment becomes after `--fix`. */
  fixTo?: string;
  /** `// ❌ suggestion only: …`: reported with a suggestion and no fix. */
  suggestionOnly: boolean;
}

/** The JSON of an `<!-- example: … -->` or `<!-- setup: … -->` annotation. */
export interface Annotation {
  /** Where the code block is written, relative to the project root (required for examples). */
  file?: string;
  /** The rule's options, as in `['error', ...options]`. */
  options?: unknown[];
  /** ESLint `settings`, e.g. `{ "ssot": { "configModules": ["src/config/**"] } }`; rootDir is relative to the temp project (default: it). */
  settings?: Record<string, unknown>;
  /** Hidden files, path → content, written before the example. */
  files?: Record<string, string>;
  /** ❌ only: the exact number of problems the block reports. */
  errors?: number;
  /** A name other examples refer to with `fixOf`. */
  id?: string;
  /** ✅ only: this block is the `--fix` output of the ❌ example with this `id`. */
  fixOf?: string;
}

export interface DocExample extends Annotation {
  file: string;
  /** 1-based line of the opening fence in the doc, for messages. */
  docLine: number;
  code: string;
  /** The label of the whole block, from the ❌/✅ line above it; undefined when only lines are labelled. */
  label?: Label;
  lineLabels: LineLabel[];
}

export interface DocPage {
  /** Setup files shown or hidden on the page, path → content, written for every example. */
  setup: Record<string, string>;
  examples: DocExample[];
  /** Notation errors: unannotated examples, ambiguous labels, bad JSON. Must be empty. */
  problems: string[];
}

const ANNOTATION_KEYS = new Set(['file', 'options', 'settings', 'files', 'errors', 'id', 'fixOf']);
const LINTED_LANGUAGES = new Set(['ts', 'tsx', 'typescript', 'mts', 'cts', 'js', 'jsx', 'javascript', 'mjs', 'cjs']);
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/u;
const ANNOTATION_START = /^<!--\s*(example|setup):/u;
const LINE_LABEL = /\/\/\s*(❌|✅)(.*)$/u;
const PATH_COMMENT = /^\/\/\s*([\w@.-]+(?:\/[\w@.-]+)+\.[cm]?[jt]sx?)\b/u;

function labelOf(mark: string): Label {
  return mark === '❌' ? 'incorrect' : 'correct';
}

/** A marker line such as `❌ Incorrect` or `✅ Correct (the fix)`: its label, or `ambiguous`. */
function markerOf(line: string): Label | 'ambiguous' | undefined {
  const text = line.trim();
  const mark = /^(❌|✅)/u.exec(text);
  if (!mark) return undefined;
  return text.includes('❌') && text.includes('✅') ? 'ambiguous' : labelOf(mark[1]!);
}

export function lineLabelsOf(code: string): LineLabel[] {
  const labels: LineLabel[] = [];
  code.split('\n').forEach((text, index) => {
    const match = LINE_LABEL.exec(text);
    if (!match) return;
    const label = labelOf(match[1]!);
    const rest = match[2]!.trim();
    labels.push({
      line: index + 1,
      label,
      ...(label === 'incorrect' && rest.startsWith('→') ? { fixTo: rest.slice(1).trim() } : {}),
      suggestionOnly: label === 'incorrect' && rest.startsWith('suggestion only'),
    });
  });
  return labels;
}

function parseAnnotation(json: string, where: string, problems: string[]): Annotation | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    problems.push(`${where}: annotation is not JSON (${(error as Error).message})`);
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where}: annotation must be a JSON object`);
    return undefined;
  }
  const unknown = Object.keys(value).filter((key) => !ANNOTATION_KEYS.has(key));
  if (unknown.length > 0) problems.push(`${where}: unknown annotation key(s) ${unknown.join(', ')}`);
  return value as Annotation;
}

interface Pending {
  kind: 'example' | 'setup';
  annotation: Annotation;
  line: number;
}

interface Marker {
  label: Label | 'ambiguous';
  text: string;
  line: number;
  /** Code blocks it labels so far. */
  blocks: number;
}

/** A ❌/✅ line must label a code block: an example written inline in the text cannot be linted. */
function endMarker(page: DocPage, marker: Marker | undefined): void {
  if (marker && marker.blocks === 0)
    page.problems.push(`line ${marker.line}: "${marker.text}" is followed by no code block`);
}

/** Adds one fenced block to the page, checking that it is annotated and labelled unambiguously. */
function addBlock(
  page: DocPage,
  block: { lang: string; code: string; line: number },
  marker: Marker | undefined,
  pending: Pending | undefined,
): void {
  const where = `line ${block.line}`;
  const lineLabels = lineLabelsOf(block.code);
  const lintable = LINTED_LANGUAGES.has(block.lang);
  if (!pending) {
    if (lintable && (marker || lineLabels.length > 0)) {
      page.problems.push(
        `${where}: a \`\`\`${block.lang} example ${marker ? `under "${marker.text}"` : 'with ❌/✅ lines'} has no <!-- example: … --> annotation`,
      );
    }
    return;
  }
  const { annotation } = pending;
  if (!lintable) page.problems.push(`${where}: annotated block is \`\`\`${block.lang}, not TypeScript or JavaScript`);
  if (pending.kind === 'setup') {
    if (marker) page.problems.push(`${where}: setup block under "${marker.text}" would escape its label`);
    if (annotation.file === undefined) page.problems.push(`${where}: setup block without "file"`);
    else page.setup[annotation.file] = block.code;
    Object.assign(page.setup, annotation.files);
    return;
  }
  if (annotation.file === undefined) {
    page.problems.push(`${where}: example without "file"`);
    return;
  }
  const named = PATH_COMMENT.exec(block.code.split('\n')[0] ?? '');
  if (named && named[1] !== annotation.file) {
    page.problems.push(`${where}: the block says it is ${named[1]}, the annotation says ${annotation.file}`);
  }
  if (marker?.label === 'ambiguous') {
    page.problems.push(`${where}: ambiguous label "${marker.text}" (both ❌ and ✅)`);
    return;
  }
  const text = marker?.text ?? '';
  const label = marker?.label;
  if (!label && lineLabels.length === 0) {
    page.problems.push(`${where}: example with no ❌/✅ line above it and no ❌/✅ line comments`);
    return;
  }
  if (label && lineLabels.some((line) => line.label !== label)) {
    page.problems.push(`${where}: ambiguous label: "${text}" but a line comment says otherwise`);
  }
  if (label !== 'incorrect' && annotation.errors !== undefined)
    page.problems.push(`${where}: "errors" on a block that is not ❌`);
  if (annotation.fixOf !== undefined && label !== 'correct')
    page.problems.push(`${where}: "fixOf" on a block that is not ✅`);
  if (label === 'correct' && /\b(?:auto)?fix/iu.test(text) && annotation.fixOf === undefined) {
    page.problems.push(`${where}: "${text}" shows a fix, so its annotation needs "fixOf"`);
  }
  page.examples.push({
    ...annotation,
    file: annotation.file,
    docLine: block.line,
    code: block.code,
    ...(label ? { label } : {}),
    lineLabels,
  });
}

/** Parses a rule page: its setup files, its annotated examples and any notation problem. */
export function parseDocPage(markdown: string): DocPage {
  const page: DocPage = { setup: {}, examples: [], problems: [] };
  const lines = markdown.split('\n');
  let marker: Marker | undefined;
  let pending: Pending | undefined;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    const fence = FENCE.exec(text);
    if (fence) {
      const [, indent = '', delimiter = '', lang = ''] = fence;
      const start = index;
      const body: string[] = [];
      for (index++; index < lines.length && !lines[index]!.trim().startsWith(delimiter); index++) {
        body.push(lines[index]!.startsWith(indent) ? lines[index]!.slice(indent.length) : lines[index]!);
      }
      addBlock(page, { lang, code: `${body.join('\n')}\n`, line: start + 1 }, marker, pending);
      if (marker) marker.blocks++;
      pending = undefined;
      continue;
    }
    const start = ANNOTATION_START.exec(text.trim());
    if (start) {
      let comment = text.trim();
      while (!comment.endsWith('-->') && index + 1 < lines.length) comment += `\n${lines[++index]!.trimEnd()}`;
      if (pending) page.problems.push(`line ${pending.line + 1}: annotation not followed by a code block`);
      const annotation = parseAnnotation(comment.slice(start[0].length, -3), `line ${index + 1}`, page.problems);
      pending = annotation && { kind: start[1] as Pending['kind'], annotation, line: index };
      if (pending?.kind === 'setup' && annotation?.file === undefined) {
        Object.assign(page.setup, annotation?.files);
        pending = undefined;
      }
      continue;
    }
    if (text.trim() === '') continue;
    if (pending) {
      page.problems.push(`line ${pending.line + 1}: annotation not followed by a code block`);
      pending = undefined;
    }
    const label = markerOf(text);
    // A ❌/✅ line labels the code blocks right after it; a heading or any other text ends it.
    endMarker(page, marker);
    marker = label ? { label, text: text.trim(), line: index + 1, blocks: 0 } : undefined;
  }
  endMarker(page, marker);
  return page;
}
