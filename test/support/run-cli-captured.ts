// The admin CLI run in-process over a test database, its output lines captured: what every CLI test reads.
import { runCli } from "../../src/admin/run-cli.js";
import type { DomainDeps } from "../../src/domain/deps.js";

export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

export async function runCliCaptured(deps: DomainDeps, argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { deps, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
