const urls = new Map<string, string>();

/**
 * The address of a static asset by its plain name (`app.css`): its long-cached, content-hashed
 * name (`/assets/app.3f2a9c1b7d4e.css`) once the asset routes have read the assets at start, the
 * plain `/assets/app.css` before that (it is served too, with a short cache).
 */
export function assetUrl(name: string): string {
  return urls.get(name) ?? `/assets/${name}`;
}

/** Called by whoever serves the assets, once they are read: plain name → long-cached address. */
export function registerAssetUrls(entries: Readonly<Record<string, string>>): void {
  for (const [name, url] of Object.entries(entries)) urls.set(name, url);
}
