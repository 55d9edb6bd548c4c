/** A `canonical-imports` option that cannot be used, named in the message (`paths[1].file …`). */
export class CanonicalImportsOptionError extends Error {
  constructor(message: string) {
    super(`ssot/canonical-imports: ${message}`);
    this.name = 'CanonicalImportsOptionError';
  }
}
