import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ModuleReference } from '../../ast/module-references.js';
import { resolveModule } from '../../project/resolve.js';
import { analyzeProjectFile } from '../../project/parse-cache.js';
import { hasLoadEffects } from './load-effects.js';
import { planMoved, takenSpecifiers, type TakenSpecifier } from './moved-fix.js';
import type { MovableRedirect, MovedNamesRedirect } from './paths.js';

/**
 * How `canonical-imports` reports a reference to a module some of whose names moved: each moved name
 * it takes, with the fix that moves it (moved-fix.ts); each moved name read through a namespace
 * import, without a fix; and a reference that takes the whole module (`export *`, `require()`,
 * mocks…) once, naming the moved names, without a fix — which of them the code uses cannot be seen.
 */

export type MovedMessageIds =
  'moved' | 'movedConfigured' | 'movedMember' | 'movedWhole' | 'useMovedModule' | 'useMovedModuleLoadEffects';

export const MOVED_MESSAGES: Record<MovedMessageIds, string> = {
  moved:
    "{{name}} moved to '{{canonical}}'{{renamed}} ({{module}} re-exports it as @deprecated): {{action}} it from '{{canonical}}'.",
  movedConfigured:
    "{{name}} moved from '{{source}}' to '{{canonical}}'{{renamed}}: {{action}} it from '{{canonical}}'.{{message}}",
  movedMember:
    "{{name}} moved to '{{canonical}}'{{renamed}}: import it from there instead of reading it through the namespace of '{{source}}'.{{message}}",
  movedWhole:
    "Some names of '{{source}}' moved ({{moves}}); this reference takes the whole module, so point the uses of those names at their new modules by hand.{{message}}",
  useMovedModule: "Take {{name}} from '{{canonical}}' instead.",
  useMovedModuleLoadEffects:
    "Take {{name}} from '{{canonical}}' instead; this file then no longer loads {{module}}, which runs code when it is loaded: check that nothing here relies on that.",
};

export interface MovedReportOptions {
  filename: string;
  rootDir: string;
  fixEnabled: boolean;
}

type Context = Readonly<TSESLint.RuleContext<MovedMessageIds, readonly unknown[]>>;

/** `' as formatDay'` when the name is called otherwise in its new module, else `''`. */
function renamedText(name: string, redirect: MovableRedirect): string {
  const forwarded = redirect.forward(name);
  return forwarded?.kind === 'name' && forwarded.name !== name ? ` as ${forwarded.name}` : '';
}

function canonicalOf(redirect: MovableRedirect): string {
  return redirect.specifier ?? redirect.label;
}

function messageOf(found: MovedNamesRedirect): string {
  return found.message === undefined ? '' : ` ${found.message}`;
}

/**
 * Whether the fix takes away this file's reference to the module the names moved from (every name
 * the declaration takes moves, and it loads the module at run time) while that module runs code when
 * it is loaded (load-effects.ts): then the fix is only suggested.
 */
function dropsLoadEffects(
  reference: ModuleReference,
  taken: readonly TakenSpecifier[],
  found: MovedNamesRedirect,
  options: MovedReportOptions,
): boolean {
  if (!taken.every((specifier) => found.names.has(specifier.name))) return false;
  const { node } = reference;
  const typeOnly =
    ('importKind' in node && node.importKind === 'type') ||
    ('exportKind' in node && node.exportKind === 'type') ||
    taken.every((specifier) => specifier.typeOnly);
  if (typeOnly || reference.kind === 'import-type') return false;
  // A package named by a `paths` entry: the entry says where its names went; its load is not ours to judge.
  const file = resolveModule(reference.specifier, options.filename, options.rootDir);
  if (file === undefined) return false;
  const effects = analyzeProjectFile(file, options.rootDir, 'canonical-imports: load effects', (parsed) =>
    hasLoadEffects(parsed.ast),
  );
  // A module that cannot be read now may run anything.
  return effects ?? true;
}

/** Reports the moved names a namespace import reads (`ns.formatDate`, the type `ns.Options`). */
function reportNamespaceUses(
  context: Context,
  reference: ModuleReference,
  namespace: TSESTree.ImportNamespaceSpecifier,
  found: MovedNamesRedirect,
): void {
  for (const variable of context.sourceCode.getDeclaredVariables(namespace)) {
    for (const use of variable.references) {
      const parent = use.identifier.parent;
      let read: { node: TSESTree.Node; name: string } | undefined;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === use.identifier) {
        const { property } = parent;
        if (!parent.computed && property.type === AST_NODE_TYPES.Identifier)
          read = { node: parent, name: property.name };
        else if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string')
          read = { node: parent, name: property.value };
      } else if (parent.type === AST_NODE_TYPES.TSQualifiedName && parent.left === use.identifier) {
        read = { node: parent, name: parent.right.name };
      }
      const redirect = read && found.names.get(read.name);
      if (!read || !redirect) continue;
      context.report({
        node: read.node,
        messageId: 'movedMember',
        data: {
          name: read.name,
          canonical: canonicalOf(redirect),
          renamed: renamedText(read.name, redirect),
          source: reference.specifier,
          message: messageOf(found),
        },
      });
    }
  }
}

/** Reports `reference` to a module some of whose names moved, when it takes any of them. */
export function reportMoved(
  context: Context,
  reference: ModuleReference,
  found: MovedNamesRedirect,
  { filename, rootDir, fixEnabled }: MovedReportOptions,
): void {
  if (reference.kind === 'import') {
    const namespace = reference.node.specifiers.find(
      (specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier,
    );
    if (namespace) {
      reportNamespaceUses(context, reference, namespace, found);
      return;
    }
  }
  const taken = takenSpecifiers(reference);
  if (!taken) {
    const moves = [...found.names].map(([name, redirect]) => `${name} → '${canonicalOf(redirect)}'`).join(', ');
    context.report({
      node: reference.source,
      messageId: 'movedWhole',
      data: { source: reference.specifier, moves, message: messageOf(found) },
    });
    return;
  }
  const sameModule = (written: string, other: string): boolean =>
    written === other ||
    (resolveModule(written, filename, rootDir) ?? written) === (resolveModule(other, filename, rootDir) ?? other);
  const plan = planMoved({
    sourceCode: context.sourceCode,
    reference,
    taken,
    movedOf: (name) => found.names.get(name),
    sameModule,
  });
  const loadEffects = dropsLoadEffects(reference, taken, found, { filename, rootDir, fixEnabled });
  const asFix = plan?.safe === true && fixEnabled && !loadEffects;
  const edit = plan ? (fixer: TSESLint.RuleFixer) => plan.edits(fixer) : undefined;
  for (const specifier of taken) {
    const redirect = found.names.get(specifier.name);
    if (!redirect) continue;
    const canonical = canonicalOf(redirect);
    context.report({
      node: specifier.node,
      messageId: found.origin === 'configured' ? 'movedConfigured' : 'moved',
      data: {
        name: specifier.name,
        canonical,
        renamed: renamedText(specifier.name, redirect),
        module: found.module,
        source: reference.specifier,
        action: reference.kind === 'export-named' ? 're-export' : 'import',
        message: messageOf(found),
      },
      // Every moved name of the declaration gets the same edit, which moves them all: ESLint applies it once.
      fix: asFix ? edit : null,
      suggest:
        edit && !asFix
          ? [
              loadEffects
                ? {
                    messageId: 'useMovedModuleLoadEffects',
                    data: { name: specifier.name, canonical, module: found.module },
                    fix: edit,
                  }
                : { messageId: 'useMovedModule', data: { name: specifier.name, canonical }, fix: edit },
            ]
          : [],
    });
  }
}
