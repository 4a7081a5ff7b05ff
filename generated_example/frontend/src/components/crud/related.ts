
import type { ComponentType } from "react";

/** A panel another feature shows under a row of this list (e.g. the tasks of an item). */
export interface RelatedPanel {
  /** Unique among the panels of one list (the other feature's collection name). */
  key: string;
  title: string;
  Panel: ComponentType<{ parentId: number }>;
}
