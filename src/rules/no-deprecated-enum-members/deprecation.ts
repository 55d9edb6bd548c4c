import type { EnumInfo, EnumMemberInfo } from './enum-info.js';

/** Whether a member is deprecated, and what replaces it: the configuration, then what the enum documents. */

/** How a deprecated member should be reported and replaced. */
export interface Deprecation {
  /** The `@deprecated` text, without a closing period; `''` when there is none. */
  readonly reason: string;
  /** Member to use instead, when the configuration or the enum names one. */
  readonly replacement: string | undefined;
  /** The replacement has the same constant value, so replacing cannot change behaviour. */
  readonly sameValue: boolean;
  /** The two constant values, when both are known and differ: `25 vs 20`. */
  readonly differentValues?: string;
}

/** Configured deprecations of one enum: member → replacement, `null` for none. */
export type ConfiguredMembers = Readonly<Record<string, string | null>>;

const INLINE_LINK = /\{@link(?:code|plain)?\s+([^\s|}]+)/g;
const REPLACEMENT_PHRASE =
  /\b(?:use|prefer|replaced\s+by|replace\s+(?:it\s+)?with|in\s+favou?r\s+of|see)\s+[`'"]?([\p{ID_Start}$_][\p{ID_Continue}$.#]*)/giu;

/**
 * Names in `@deprecated` text that may point at the replacement: `{@link Enum.NEW}` first, then
 * phrases such as "Use NEW" or "replaced by `Enum.NEW`". Only the member part is returned, and a
 * qualified name only when it qualifies with this enum.
 */
export function namesInDeprecationText(text: string, enumName: string): string[] {
  const names: string[] = [];
  for (const pattern of [INLINE_LINK, REPLACEMENT_PHRASE]) {
    for (const match of text.matchAll(pattern)) {
      const segments = (match[1] ?? '').replace(/[.#]+$/, '').split(/[.#]/);
      const member = segments.at(-1);
      const qualifier = segments.at(-2);
      if (member && (qualifier === undefined || qualifier === enumName)) names.push(member);
    }
  }
  return names;
}

function isUsable(info: EnumInfo, name: string | undefined): name is string {
  const member = name === undefined ? undefined : info.members.get(name);
  return member !== undefined && !member.deprecated;
}

/** The replacement the enum itself documents: its JSDoc, an alias initializer, or a unique equal value. */
function documentedReplacement(info: EnumInfo, member: EnumMemberInfo): string | undefined {
  const named = namesInDeprecationText(member.deprecationText, info.name).find((name) => isUsable(info, name));
  if (named !== undefined) return named;

  const seen = new Set<string>();
  let current: EnumMemberInfo | undefined = member;
  while (current?.aliasOf !== undefined && !seen.has(current.name)) {
    seen.add(current.name);
    if (isUsable(info, current.aliasOf)) return current.aliasOf;
    current = info.members.get(current.aliasOf);
  }

  if (member.value === undefined) return undefined;
  const equal = [...info.members.values()].filter(
    (candidate) => !candidate.deprecated && candidate.value === member.value,
  );
  return equal.length === 1 ? equal[0]?.name : undefined;
}

/** The tag text as a message shows it: `{@link Enum.NEW}` as `Enum.NEW` (or its label), no final period. */
function readableReason(text: string): string {
  return text
    .replace(
      /\{@link(?:code|plain)?\s+([^\s|}]+)\s*\|?\s*([^}]*)\}/g,
      (_, target: string, label: string) => label.trim() || target,
    )
    .replace(/\.+$/, '');
}

/** Whether `memberName` of `info` is deprecated (annotated or configured), and what replaces it. */
export function deprecationOf(
  info: EnumInfo,
  memberName: string,
  configured: ConfiguredMembers | undefined,
): Deprecation | undefined {
  const member = info.members.get(memberName);
  const isConfigured = configured !== undefined && Object.hasOwn(configured, memberName);
  if (!member?.deprecated && !isConfigured) return undefined;
  const replacement = isConfigured
    ? (configured[memberName] ?? undefined)
    : member && documentedReplacement(info, member);
  const replacementValue = replacement === undefined ? undefined : info.members.get(replacement)?.value;
  const sameValue = member?.value !== undefined && replacementValue === member.value;
  const known = member?.value !== undefined && replacementValue !== undefined;
  return {
    reason: readableReason(member?.deprecationText ?? ''),
    replacement: replacement === memberName ? undefined : replacement,
    sameValue,
    ...(known && !sameValue
      ? { differentValues: `${JSON.stringify(member.value)} vs ${JSON.stringify(replacementValue)}` }
      : {}),
  };
}
