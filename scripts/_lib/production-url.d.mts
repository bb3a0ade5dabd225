export const devBaseUrl: string;
export function productionBaseUrl(raw: string | undefined): string | undefined;
export function rebaseManifest(xml: string, baseUrl: string): string;
