/**
 * RELATED PANELS of tickets: features that reference tickets add one line here
 * (and one import), and TicketListPage shows their panel under a row. Edited by
 * `primetrade add-feature` / `remove-feature`.
 */
import type { RelatedPanel } from "../components/crud/related";

export const ticketRelated: RelatedPanel[] = [];
