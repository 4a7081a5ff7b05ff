/**
 * RELATED PANELS of items: features that reference items add one line here
 * (and one import), and ItemListPage shows their panel under a row. Edited by
 * `primetrade add-feature` / `remove-feature`.
 */
import type { RelatedPanel } from "../components/crud/related";

export const itemRelated: RelatedPanel[] = [];
