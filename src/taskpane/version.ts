/**
 * The add-in's release as package.json says it, for stamps and provenance blocks (Freeze, native-formula
 * sheets, the standalone workbook). webpack keeps only this field of package.json in the bundle.
 */
import packageJson from "../../package.json";

export const ADDIN_VERSION: string = packageJson.version;
