/**
 * How every command ends: the exit code main() returns, or 2 with a one-line message when it throws.
 * `exitCode` rather than process.exit() lets pending output (large JSON lines) flush first.
 */
export function runMain(name: string, main: () => Promise<number>, { stack = false } = {}): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`${name}: ${err instanceof Error ? (stack ? err.stack : err.message) : String(err)}`);
      process.exitCode = 2;
    },
  );
}
