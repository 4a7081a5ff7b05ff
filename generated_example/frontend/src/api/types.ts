/**
 * Shorthands for the types generated from the backend's OpenAPI document (`schema.d.ts`).
 * Feature modules use them too: `export type Item = Schemas["ItemRead"];`.
 */
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type ApiPaths = paths;
