// Starts test/support/dispatcher-process.ts as its own OS process, so a test can kill it with SIGKILL.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface DispatcherProcessOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  apiRoot: string;
  token: string;
  limits?: { globalPerSecond: number; perChatPerSecond: number };
  leaseMs?: number;
}

export interface DispatcherProcess {
  child: ChildProcess;
  /** Resolves with the child's exit code (null when killed) and what it printed. */
  exited: Promise<{ code: number | null; output: string }>;
}

export function startDispatcherProcess(o: DispatcherProcessOptions): DispatcherProcess {
  // node itself with tsx's loader, not the tsx wrapper: a SIGKILL must reach the process that sends.
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/dispatcher-process.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...(o.databaseUrl ? { OUTBOX_DATABASE_URL: o.databaseUrl } : {}),
      ...(o.dataDir ? { OUTBOX_DATA_DIR: o.dataDir } : {}),
      OUTBOX_API_ROOT: o.apiRoot,
      OUTBOX_TOKEN: o.token,
      ...(o.limits ? { OUTBOX_LIMITS: JSON.stringify(o.limits) } : {}),
      ...(o.leaseMs ? { OUTBOX_LEASE_MS: String(o.leaseMs) } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => child.on("exit", (code) => resolve({ code, output })));
  return { child, exited };
}
