// The one piece of jsdom the package check uses (its XML parser); jsdom 29 has no @types release.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
