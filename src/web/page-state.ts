import { createContext, useContext } from 'hono/jsx';

/** What a page's content tells the frame around it while it is rendered. */
export type PageState = {
  /** A form on the page came back with errors (an error summary is shown). */
  hasErrors: boolean;
};

/**
 * Filled while a page's content is rendered, read by the layout afterwards: the layout renders
 * its content first, so that the `<title>` in the head can say what the body turned out to hold.
 */
export const PageStateContext = createContext<PageState | null>(null);

/** Marks the page being rendered as showing form errors; outside a layout it does nothing. */
export function markFormErrors(): void {
  const state = useContext(PageStateContext);
  if (state) state.hasErrors = true;
}
