import { accessSync, constants } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

/** Where Chromium is looked for unless configured (`CHROMIUM_PATH`). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network, without a sandbox (containers) or GPU. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Thrown when PDF (or chart image) rendering needs Chromium and it is missing or will not start. */
export class PdfUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfUnavailableError';
  }
}

/** Options of the shared report browser. */
export interface ReportBrowserOptions {
  /** Chromium executable (default `/usr/bin/chromium`). */
  executablePath?: string;
  /** Pages open at once (default 2: the servers have 2 cores). */
  maxPages?: number;
}

/** Per-page options: viewport, pixel density and whether the page may run script (only our own chart drawing does). */
export interface PageOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  javaScriptEnabled?: boolean;
}

/**
 * One Chromium shared by every report render, launched on first use, with at most `maxPages` pages open at once (the
 * rest wait their turn). Each page gets its own offline context (JavaScript off unless asked for), so a report can
 * load nothing.
 */
export class ReportBrowser {
  readonly executablePath: string;
  readonly maxPages: number;
  private launching: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(options: ReportBrowserOptions = {}) {
    this.executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
    this.maxPages = Math.max(1, options.maxPages ?? 2);
  }

  /** Whether the Chromium executable exists and can be run (PDF export is offered only then). */
  available(): boolean {
    try {
      accessSync(this.executablePath, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  }

  /** The message for a missing Chromium, naming the dependency and what still works. */
  unavailableMessage(): string {
    return (
      `PDF export is unavailable: Chromium was not found at ${this.executablePath}. ` +
      'Install Chromium (for example "apt-get install chromium") or set CHROMIUM_PATH to its executable. ' +
      'DOCX and HTML reports still work.'
    );
  }

  /** The running browser, launching it if needed. */
  private browser(): Promise<Browser> {
    if (!this.available()) return Promise.reject(new PdfUnavailableError(this.unavailableMessage()));
    if (!this.launching) {
      const launching = chromium
        .launch({ executablePath: this.executablePath, args: [...CHROMIUM_FLAGS], headless: true })
        .then((browser) => {
          browser.on('disconnected', () => {
            if (this.launching === launching) this.launching = null;
          });
          return browser;
        })
        .catch((error: unknown) => {
          this.launching = null;
          throw new PdfUnavailableError(
            `PDF export is unavailable: Chromium at ${this.executablePath} did not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). DOCX and HTML reports still work.`,
            { cause: error },
          );
        });
      this.launching = launching;
    }
    return this.launching;
  }

  /** Waits for a free page slot. */
  private async acquire(): Promise<void> {
    if (this.active < this.maxPages) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Frees a page slot, handing it straight to the next waiter if there is one. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }

  /** Starts the browser now (for example at server start or before a benchmark) instead of on first use. */
  async warmUp(): Promise<void> {
    await this.browser();
  }

  /** Runs `work` with a fresh page in its own offline, script-free context, closing both afterwards. */
  async withPage<T>(work: (page: Page) => Promise<T>, options: PageOptions = {}): Promise<T> {
    const browser = await this.browser();
    await this.acquire();
    try {
      const contextOptions: BrowserContextOptions = {
        javaScriptEnabled: options.javaScriptEnabled ?? false,
        offline: true,
        viewport: options.viewport ?? { width: 1024, height: 768 },
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
      };
      const context = await browser.newContext(contextOptions);
      try {
        return await work(await context.newPage());
      } finally {
        await context.close();
      }
    } finally {
      this.release();
    }
  }

  /** Closes the browser if it was started. */
  async close(): Promise<void> {
    const launching = this.launching;
    this.launching = null;
    if (!launching) return;
    const browser = await launching.catch(() => null);
    await browser?.close();
  }
}
