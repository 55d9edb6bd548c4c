/**
 * What the rule knows about an enum or enum-like object, whichever way it was found: from the
 * linted file's syntax, a project module's syntax, or the type checker.
 */

export type ConstantValue = string | number;

export interface EnumMemberInfo {
  readonly name: string;
  readonly deprecated: boolean;
  /** Text after `@deprecated`, whitespace collapsed; `''` when the tag has none. */
  readonly deprecationText: string;
  /** Compile-time value when the syntax fixes it; `undefined` when computed at run time. */
  readonly value: ConstantValue | undefined;
  /** The member an initializer written as `= Enum.OTHER` (or `= OTHER`) refers to. */
  readonly aliasOf: string | undefined;
}

export interface EnumInfo {
  /** The declared name, which `enums` option keys refer to. */
  readonly name: string;
  readonly kind: 'enum' | 'object';
  readonly members: ReadonlyMap<string, EnumMemberInfo>;
  /** Source ranges of the declarations: uses inside them define the enum rather than use it. */
  readonly ranges: readonly (readonly [number, number])[];
}
