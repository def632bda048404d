// An error the CLI reports as one line (no stack trace) with its own exit code: 2 for bad usage, 1 otherwise.
export class CliError extends Error {
  readonly exitCode: number;
  /** A machine-readable reason for `--json` output, e.g. `directory_not_empty`. */
  readonly code: string;

  constructor(message: string, options: { code: string; exitCode?: number }) {
    super(message);
    this.name = 'CliError';
    this.code = options.code;
    this.exitCode = options.exitCode ?? 1;
  }
}
