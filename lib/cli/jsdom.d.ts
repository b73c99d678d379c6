// jsdom ships without types and @types/jsdom is not a dependency: these are the few parts the CLI,
// the accuracy benchmark and the extractor tests use.
declare module 'jsdom' {
  export class VirtualConsole {
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export interface JSDOMOptions {
    url?: string;
    contentType?: string;
    virtualConsole?: VirtualConsole;
  }
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis;
  }
}
