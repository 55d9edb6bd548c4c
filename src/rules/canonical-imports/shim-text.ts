import { DEPRECATED_TAG } from '../../ast/jsdoc.js';
import { NO_MARKERS, type ShimMarkers } from './shim-syntax.js';

/**
 * Looks at a module's text that decide whether shim detection parses it at all: most modules, also
 * those with deprecated functions, are ruled out from their text, many from their first bytes.
 */

/**
 * A module's code without its comments and with its strings and templates emptied: what the signs
 * of `DOES_MORE` are looked for in. A regular expression literal is read as code; a shim has none, so
 * misreading one can only make a module that is no shim look like more than a forwarder.
 */
export function codeOnly(text: string): string {
  const parts: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    let end: number;
    if (char === '/' && text[index + 1] === '/') {
      const lineEnd = text.indexOf('\n', index);
      end = lineEnd === -1 ? text.length : lineEnd;
    } else if (char === '/' && text[index + 1] === '*') {
      const close = text.indexOf('*/', index + 2);
      end = close === -1 ? text.length : close + 2;
    } else if (char === '"' || char === "'" || char === '`') {
      end = index + 1;
      while (end < text.length && text[end] !== char && (char === '`' || text[end] !== '\n'))
        end += text[end] === '\\' ? 2 : 1;
      end = Math.min(end + 1, text.length);
    } else {
      index++;
      continue;
    }
    parts.push(text.slice(start, index), char === '/' ? ' ' : `${char}${char}`);
    start = index = end;
  }
  parts.push(text.slice(start));
  return parts.join('');
}

/**
 * Signs in code that a module does more than forward: a function or class, a body with statements,
 * control flow, mutable or created state, a literal value (`= 1`, `= 'a'`). None can appear in a shim,
 * whose aliases name imported bindings (`= New`, `= ns.New`) and whose type parameters may have
 * defaults (`<T = {}>`, `<T = []>`).
 */
const DOES_MORE =
  /=>|=\s*[\d'"`+\-!~]|\{[^{}]*;|\b(?:function|class|return|if|for|while|do|switch|try|throw|new|let|var|enum|namespace|declare|this|await|yield)\b/u;

/**
 * Whether a module's text may be a shim, before any parse: it mentions `@deprecated` (or a configured
 * deprecation call) and shows no sign of doing more than forward. Most modules, including those with
 * deprecated functions, are ruled out here.
 */
export function mayBeShim(text: string, markers: ShimMarkers = NO_MARKERS): boolean {
  if (markers.calls.some((call) => text.includes(call))) return true;
  return (markers.inShimFolder || DEPRECATED_TAG.test(text)) && !DOES_MORE.test(codeOnly(text));
}

/**
 * Whether the first bytes of a module (`head`; `whole` when that is the whole file) already rule it
 * out as a shim, so that a large module is not read whole: a sign of more than forwarding.
 */
export function headRulesOutShim(head: string, whole: boolean, markers: ShimMarkers = NO_MARKERS): boolean {
  // A deprecation helper may be called with a function (`util.deprecate(() => …)`): parse to see.
  if (markers.calls.length > 0) return false;
  return whole ? !mayBeShim(head, markers) : DOES_MORE.test(codeOnly(head));
}
