import { QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";

import { App } from "../App";
import { AuthProvider } from "../auth/AuthProvider";
import { createQueryClient } from "../queryClient";

/** Render `ui` (the whole app by default) at `path` with the real providers. */
export function renderApp(path: string, ui: ReactElement = <App />): RenderResult {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>{ui}</AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
