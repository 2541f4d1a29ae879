import type { Actor } from '../vocabulary/actor.ts';
import type { Lang, MessageKey } from './i18n/index.ts';

/** Where a link belongs in a municipality's menu, in the order the menu shows them. */
export const navigationSections = ['overview', 'styrning', 'dialog', 'delning', 'admin'] as const;
export type NavigationSection = (typeof navigationSections)[number];

/** One link of a municipality's menu, declared by the domain whose page it opens. */
export type MunicipalityNavEntry = {
  /** The page under `/<lang>/municipalities/<id>/`: `''` for the start page, `goals`, ... */
  path: string;
  label: MessageKey;
  section: NavigationSection;
  /** Place within its section: lower first. */
  order: number;
  /** Who sees the link; everyone when absent. Pages check access themselves, this only hides. */
  visible?: (actor: Actor, municipalityId: string) => boolean;
};

/** One link of the network menu (pages across municipalities), under `/<lang>/`. */
export type NetworkNavEntry = {
  path: string;
  label: MessageKey;
  order: number;
  visible?: (actor: Actor) => boolean;
};

export type NavLink = {
  href: string;
  label: MessageKey;
  section: NavigationSection;
  /** `page` on the link of the page itself, `location` on the link of a page above it. */
  current?: 'page' | 'location' | undefined;
};

const municipalityEntries: MunicipalityNavEntry[] = [];
const networkEntries: NetworkNavEntry[] = [];

/** Adds a domain's links to the menus (called once per domain by the composition, src/modules.ts). */
export function registerNavigation(entries: {
  municipality?: readonly MunicipalityNavEntry[] | undefined;
  network?: readonly NetworkNavEntry[] | undefined;
}): void {
  municipalityEntries.push(...(entries.municipality ?? []));
  networkEntries.push(...(entries.network ?? []));
  const rank = (s: NavigationSection) => navigationSections.indexOf(s);
  municipalityEntries.sort((a, b) => rank(a.section) - rank(b.section) || a.order - b.order);
  networkEntries.sort((a, b) => a.order - b.order);
}

/** Path without query or trailing slash. */
function pathOnly(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? '';
  return bare.length > 1 && bare.endsWith('/') ? bare.slice(0, -1) : bare;
}

/**
 * Marks the link of the current page: `page` for an exact match, `location` for the link whose
 * page is the nearest one above it (the initiatives link on an initiative's page).
 */
function markCurrent<T extends { href: string }>(
  links: T[],
  currentPath: string,
): (T & { current?: 'page' | 'location' })[] {
  const here = pathOnly(currentPath);
  let best = -1;
  links.forEach((link, i) => {
    const above = here === link.href || here.startsWith(`${link.href}/`);
    if (above && (best < 0 || link.href.length > (links[best]?.href.length ?? 0))) best = i;
  });
  return links.map((link, i) =>
    i === best ? { ...link, current: link.href === here ? 'page' : 'location' } : link,
  );
}

/** The municipality's menu as this actor sees it, the current page marked. */
export function municipalityNavigation(
  lang: Lang,
  actor: Actor,
  municipalityId: string,
  currentPath: string,
): NavLink[] {
  const base = `/${lang}/municipalities/${municipalityId}`;
  const links = municipalityEntries
    .filter((e) => e.visible?.(actor, municipalityId) ?? true)
    .map((e) => ({
      href: e.path === '' ? base : `${base}/${e.path}`,
      label: e.label,
      section: e.section,
    }));
  return markCurrent(links, currentPath);
}

/** The network menu as this actor sees it, the current page marked. */
export function networkNavigation(
  lang: Lang,
  actor: Actor,
  currentPath: string,
): Omit<NavLink, 'section'>[] {
  const links = networkEntries
    .filter((e) => e.visible?.(actor) ?? true)
    .map((e) => ({ href: `/${lang}/${e.path}`, label: e.label }));
  return markCurrent(links, currentPath);
}
