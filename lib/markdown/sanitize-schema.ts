import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * GitHub's sanitize schema (what remark-html applies by default) plus exactly what the site's
 * own plugins emit: quotation figures, `data-speaker` ties, mention links and their fixed
 * class names.
 * Raw HTML, event handlers and `javascript:` URLs stay stripped.
 *
 * Ids are not prefixed (`clobber: []`): Markdown itself cannot set an id, so the only ids are
 * the anchors our plugins write (`quote-3`, `p-4`), and readers share those links.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    // One className entry per element: a second would be ignored, so the footnote class is kept here.
    a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !Array.isArray(a) || a[0] !== 'className'), ['className', 'data-footnote-backref', 'mention']],
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), 'id', 'dataSpeaker'],
    figure: ['id', ['className', 'quote']],
    q: [...(defaultSchema.attributes?.q ?? []), 'id', 'dataSpeaker'],
    span: ['id', 'dataSpeaker', ['className', 'reported-speech']],
  },
};
