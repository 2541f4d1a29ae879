import MarkdownIt from 'markdown-it';

// `html: false` escapes any raw HTML in the text (a <script> becomes visible text, never a tag), and
// markdown-it's default validateLink refuses javascript:, vbscript:, file: and (non-image) data:
// links, leaving them as plain text. Together that is the sanitising: nothing else is needed.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Renders the future story's Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
