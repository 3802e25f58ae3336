/**
 * What raw HTML in an article may keep. Starts from the GitHub-style default
 * of rehype-sanitize and narrows it to markup that is both safe and valid
 * HTML today: no scripts or event handlers (nothing but the attributes
 * listed survives), links only to http, https, mailto or relative URLs,
 * images only from http, https or relative URLs, no obsolete elements or
 * attributes (the pages must pass the Nu Html Checker), and attribute values
 * shaped as HTML requires.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** A language tag: primary subtag, then subtags (`ko`, `en-GB`, `zh-Hant-TW`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const NON_NEGATIVE_INTEGER = /^\d{1,6}$/;
const POSITIVE_INTEGER = /^[1-9]\d{0,3}$/;
const INTEGER = /^-?\d{1,9}$/;

/** Elements whose content is dropped with them, not kept as text. */
const STRIPPED = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'svg', 'math', 'textarea', 'select', 'title', 'xmp', 'plaintext', 'head',
];

const TAG_NAMES = (defaultSchema.tagNames ?? []).filter(
  // obsolete (tt, strike), form controls (input), and picture/source, whose content model is easy to break
  (name) => !['tt', 'strike', 'input', 'picture', 'source'].includes(name),
);

export const articleSchema: Schema = {
  ...defaultSchema,
  tagNames: [...TAG_NAMES, 'abbr', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'u', 'wbr'],
  strip: STRIPPED,
  ancestors: {
    ...defaultSchema.ancestors,
    li: ['ol', 'ul'],
    dt: ['dl'],
    dd: ['dl'],
    summary: ['details'],
    figcaption: ['figure'],
    // a caption's text left in the table without its element would be content a table may not hold
    caption: ['table'],
    colgroup: ['table'],
    col: ['table'],
    rp: ['ruby'],
    rt: ['ruby'],
  },
  attributes: {
    '*': [['dir', 'ltr', 'rtl', 'auto'], ['lang', LANGUAGE_TAG], 'title', 'id'],
    a: ['href', ['hrefLang', LANGUAGE_TAG]],
    abbr: [],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', ['dateTime', DATE_TIME]],
    ins: ['cite', ['dateTime', DATE_TIME]],
    code: [['className', /^language-[\w-]+$/]],
    details: ['open'],
    img: ['src', 'alt', ['width', NON_NEGATIVE_INTEGER], ['height', NON_NEGATIVE_INTEGER]],
    col: [['span', POSITIVE_INTEGER]],
    colgroup: [['span', POSITIVE_INTEGER]],
    ol: [['start', INTEGER], 'reversed'],
    li: [['value', INTEGER]],
    td: [['colSpan', POSITIVE_INTEGER], ['rowSpan', NON_NEGATIVE_INTEGER], 'headers'],
    th: [['colSpan', POSITIVE_INTEGER], ['rowSpan', NON_NEGATIVE_INTEGER], 'headers', 'abbr', ['scope', 'row', 'col', 'rowgroup', 'colgroup']],
  },
  required: {},
  clobber: ['id'],
  clobberPrefix: 'user-content-',
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  allowComments: false,
  allowDoctypes: false,
};
