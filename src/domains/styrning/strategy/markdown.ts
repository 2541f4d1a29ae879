import MarkdownIt from 'markdown-it';

// `html: false` escapes any raw HTML in the text (a <script> becomes visible text, never a tag), and
// markdown-it's default validateLink refuses javascript:, vbscript:, file: and (non-image) data:
// links, leaving them as plain text. Together that is the sanitising: nothing else is needed.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// The story sits under the page's h1 and its own title (h2), so its "# heading" becomes h3 and so
// on: the page keeps one h1 and an unbroken heading outline.
md.core.ruler.push('shift_headings', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    }
  }
});

/** Renders the future story's Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
