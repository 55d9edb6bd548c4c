import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { type Tracker, track } from './alias-tracking.js';
import { type EnvAccess, GLOBAL_MEMBERS, type Runtime, canReachEnabledEnvironment } from './environments.js';
import { isDeclarationFile } from '../../project/paths.js';
import { globalReferences } from './global-scope.js';
import { trackAwaitedImport, trackImportEquals, trackModuleDeclarations, trackRequireCalls } from './module-imports.js';
import { memberName } from '../../ast/static-names.js';
import { isTypePosition } from './syntax.js';

/**
 * Collects every access to the environment in the file of `context`. Returns a visitor to merge into
 * the rule's visitors: most of the work happens once, on `Program`, from the scope analysis.
 */
export function envAccessVisitor(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  runtimes: ReadonlySet<Runtime>,
  onAccess: (access: EnvAccess) => void,
): TSESLint.RuleListener {
  const tracker: Tracker = {
    sourceCode: context.sourceCode,
    declarationFile: isDeclarationFile(context.filename),
    runtimes,
    onAccess,
    trackedVariables: new Set(),
    reportedNodes: new Set(),
  };
  return {
    TSImportEqualsDeclaration(node) {
      trackImportEquals(tracker, node);
    },
    Program(program) {
      trackGlobals(tracker);
      trackModuleDeclarations(tracker, program);
    },
    ImportExpression(node) {
      trackAwaitedImport(tracker, node);
    },
    MetaProperty(node) {
      trackImportMetaEnv(tracker, node);
    },
  };
}

/** `process`, `Bun`, `Deno` and the global object under each of its names, then `require(…)`. */
function trackGlobals(tracker: Tracker): void {
  const globalScope = tracker.sourceCode.scopeManager?.globalScope;
  if (!globalScope) return;
  for (const [name, holder] of GLOBAL_MEMBERS) {
    if (!canReachEnabledEnvironment(holder, tracker.runtimes)) continue;
    for (const reference of globalReferences(tracker, globalScope, name)) {
      if (!reference.isRead() || isTypePosition(reference.identifier)) continue;
      track(tracker, reference.identifier, holder);
    }
  }
  if (!tracker.runtimes.has('node') && !tracker.runtimes.has('bun')) return;
  trackRequireCalls(tracker, globalScope);
}

function trackImportMetaEnv(tracker: Tracker, meta: TSESTree.MetaProperty): void {
  if (meta.meta.name !== 'import' || meta.property.name !== 'meta') return;
  const member = meta.parent;
  if (
    member.type === AST_NODE_TYPES.MemberExpression &&
    member.object === meta &&
    memberName(tracker.sourceCode, member) === 'env'
  ) {
    track(tracker, member, 'viteEnv');
  }
}
