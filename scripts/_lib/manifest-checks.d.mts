export interface ManifestElement {
  name: string;
  attrs: Record<string, string>;
  parents: string[];
}
export function readElements(xml: string): ManifestElement[];
export function checkManifest(
  xml: string,
  filesRoot: string,
  options: { pagesMustExist: boolean },
): string[];
export function checkIconSizes(xml: string, filesRoot: string): string[];
