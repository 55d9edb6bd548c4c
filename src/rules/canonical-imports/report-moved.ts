import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ModuleReference } from '../../ast/module-references.js';
import { resolveModule } from '../../project/resolve.js';
import { planMoved, takenSpecifiers } from './moved-fix.js';
import type { MovableRedirect, MovedNamesRedirect } from './paths.js';

/**
 * How `canonical-imports` reports a reference to a module some of whose names moved: each moved name
 * it takes, with the fix that moves it (moved-fix.ts); each moved name read through a namespace
 * import, without a fix; and a reference that takes the whole module (`export *`, `require()`,
 * mocks…) once, naming the moved names, without a fix — which of them the code uses cannot be seen.
 */

export type MovedMessageIds = 'moved' | 'movedConfigured' | 'movedMember' | 'movedWhole' | 'useMovedModule';

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
  const asFix = plan?.safe === true && fixEnabled;
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
        edit && !asFix ? [{ messageId: 'useMovedModule', data: { name: specifier.name, canonical }, fix: edit }] : [],
    });
  }
}
