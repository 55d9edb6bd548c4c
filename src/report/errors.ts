/**
 * A problem with how the audit was asked for (arguments, configuration, inputs) rather than with
 * the code audited: the CLI prints its message alone and exits 2, so CI tells a broken gate from a
 * failed one.
 */
export class AuditUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditUsageError';
  }
}

/** ESLint's error when no flat config file is found for a directory. */
export function isConfigMissingError(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Could not find config file');
}
