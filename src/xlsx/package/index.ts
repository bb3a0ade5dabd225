export { XlsxPackage, type SaveOptions } from "./xlsxPackage";
export { ZipError } from "./zip";
export { WorkbookModel, type WorkbookSheet, type DefinedName } from "./workbookModel";
export { setDefinedName, removeDefinedName, definedNames, type NameRequest } from "./definedNames";
export {
  REL,
  readRelationships,
  addRelationship,
  removeRelationships,
  type Relationship,
} from "./relationships";
export { CONTENT_TYPE, declarePart, contentTypeOf } from "./contentTypes";
export { removePartTree, freePartName } from "./partTree";
