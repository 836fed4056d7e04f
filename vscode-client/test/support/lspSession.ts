/**
 * Starts the packaged server jar over stdio, as the extension does, and speaks LSP to it with
 * vscode-languageserver-protocol (the library vscode-languageclient is built on).
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import {
  createProtocolConnection,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export class LspSession {
  readonly connection: ProtocolConnection;
  readonly errors: string[] = [];
  private stderr = '';
  private readonly diagnostics: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  private constructor(private readonly process: ChildProcessWithoutNullStreams) {
    process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
    // Anything on stdout that is not a protocol message breaks the reader: collect it, fail later.
    this.connection.onError(([error]) => this.errors.push(error.message));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.push(params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.listen();
  }

  static start(command: string, args: string[]): LspSession {
    return new LspSession(spawn(command, args, { stdio: 'pipe' }));
  }

  /** What the server logged, for failure messages. */
  get log(): string {
    return this.stderr.slice(-4000);
  }

  /** The first diagnostics published for the URI that match, waiting up to the timeout. */
  async diagnosticsFor(uri: string, matches: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 30_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.diagnostics.find((params) => params.uri === uri && matches(params));
      if (found) {
        return found;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`No diagnostics for ${uri} within ${timeoutMs} ms. Server log:\n${this.log}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  forgetDiagnostics(): void {
    this.diagnostics.length = 0;
  }

  kill(): void {
    if (this.process.exitCode === null) {
      this.process.kill();
    }
  }
}
